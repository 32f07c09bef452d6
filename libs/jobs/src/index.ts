export type { QueueState } from './job-database.js';
export { JobsModule } from './jobs.module.js';
export type { JobDefinition } from './jobs.service.js';
export { JobsService } from './jobs.service.js';
