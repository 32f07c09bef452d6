export { AppModule } from './app.module.js';
export { configureApp } from './configure-app.js';
export { buildOpenApiDocument, ErrorEnvelope } from './openapi.js';
export { type WebAppContext } from './web-app.js';
