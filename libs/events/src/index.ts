export type { CreateEventDto, CreateSeriesDto, PieceDto } from './dto/event.dto.js';
export { EventsModule } from './events.module.js';
export { EventsService } from './events.service.js';
