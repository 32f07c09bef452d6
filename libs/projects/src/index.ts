export { ProjectsModule } from './projects.module.js';
export { isoWeek, ProjectsService } from './projects.service.js';
export type { CreateNeedDto, CreateProjectDto } from './projects.dto.js';
