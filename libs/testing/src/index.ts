export { BASE_DOMAIN, CENTRAL_HOST, createTestApp, hostOf } from './test-app.js';
export type { TestApp, TestAppOptions } from './test-app.js';
export { adminQuery, databaseUrl, testServerEnv } from './test-server.js';
