export type { CreatePieceDto } from './dto/library.dto.js';
export { LibraryModule } from './library.module.js';
export { LibraryService } from './library.service.js';
