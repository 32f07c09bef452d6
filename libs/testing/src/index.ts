export { AdjustableClock } from './adjustable-clock.js';
export type { BrowserStack } from './browser.js';
export {
  CHROMIUM_PATH,
  chromiumAvailable,
  describeInBrowser,
  eventually,
  screenshots,
  see,
  startBrowserStack,
} from './browser.js';
export { FakeDnsServer } from './fake-dns-server.js';
export { FakeNeonServer } from './fake-neon-server.js';
export type { RecordedCall } from './fake-provider-server.js';
export { FakeProviderServer } from './fake-provider-server.js';
export type { S3Call } from './fake-s3-server.js';
export { FakeS3Server } from './fake-s3-server.js';
export type { StripeCall, StripeEventShape } from './fake-stripe-server.js';
export { FakeStripeServer } from './fake-stripe-server.js';
export type { RestartableServer, RunningProcess } from './processes.js';
export { freePort, startProcess, startRestartableServer } from './processes.js';
export type { SecondServer } from './second-server.js';
export { startSecondServer } from './second-server.js';
export type { HttpMethod, TestTenant } from './tenant-factory.js';
export { createTenant } from './tenant-factory.js';
export type { TestApp, TestAppOptions } from './test-app.js';
export { BASE_DOMAIN, CENTRAL_HOST, createTestApp, hostOf } from './test-app.js';
export { adminQuery, databaseUrl, testServerEnv } from './test-server.js';
