export { RetentionModule } from './retention.module.js';
export { RETENTION_JOB, RetentionJobs } from './retention.jobs.js';
export type { RetentionOutcome } from './retention.jobs.js';
