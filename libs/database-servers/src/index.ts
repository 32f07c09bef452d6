export { DatabaseServersModule } from './database-servers.module.js';
export { DatabaseServersService } from './database-servers.service.js';
export type { MoveStep } from './tenant-move.pipeline.js';
export { MOVE_STEPS, MoveObserver, TenantMovePipeline } from './tenant-move.pipeline.js';
