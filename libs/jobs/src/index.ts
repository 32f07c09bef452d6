export { JobsModule } from './jobs.module.js';
export { JobsService } from './jobs.service.js';
export type { JobDefinition } from './jobs.service.js';
