export type { Runtime } from './local-runtime.js';
export { dataDir, loadDotEnv, prepareRuntime } from './local-runtime.js';
