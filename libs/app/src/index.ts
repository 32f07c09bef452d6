export { AppModule } from './app.module.js';
export { configureApp } from './configure-app.js';
export { connectionBudget, warnOnConnectionBudget } from './connection-budget.js';
export { buildOpenApiDocument } from './openapi.js';
