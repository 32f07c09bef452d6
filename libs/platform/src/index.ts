export { OrchestrasAdminService } from './orchestras-admin.service.js';
export { PlatformModule } from './platform.module.js';
