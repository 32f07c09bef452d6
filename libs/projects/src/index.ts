export type { CreateNeedDto, CreateProjectDto } from './projects.dto.js';
export { ProjectsModule } from './projects.module.js';
export { isoWeek, ProjectsService } from './projects.service.js';
