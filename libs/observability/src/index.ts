export type { AccessEntry } from './access-log.js';
export { accessLog, AccessLogSink, JsonAccessLogSink } from './access-log.js';
export type { Sample } from './metrics.js';
export { Metrics } from './metrics.js';
export { metricsEndpoint } from './metrics-endpoint.js';
export { ObservabilityModule } from './observability.module.js';
export { startProbeServer } from './probe-server.js';
export { installProcessGuards } from './process-guards.js';
export { Readiness } from './readiness.js';
