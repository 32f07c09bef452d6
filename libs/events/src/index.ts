export type { CreateEventDto, CreateSeriesDto, PieceDto } from './dto/event.dto.js';
export { EventsModule } from './events.module.js';
export { EventsService } from './events.service.js';
export type { MemberPageSection, MemberRef } from './member-page-sections.js';
export { MemberPageSections } from './member-page-sections.js';
export type { Lang } from './public-pages.js';
export { pickLanguage, page as publicPage } from './public-pages.js';
