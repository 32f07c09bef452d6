export { AnnouncementsService } from './announcements.service.js';
export { ContentModule } from './content.module.js';
export type { CreateAnnouncementDto, CreatePageDto } from './dto/content.dto.js';
export { PagesService } from './pages.service.js';
