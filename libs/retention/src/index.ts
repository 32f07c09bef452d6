export type { RetentionOutcome } from './retention.jobs.js';
export { RETENTION_JOB, RetentionJobs } from './retention.jobs.js';
export { RetentionModule } from './retention.module.js';
