export { safeCell } from './csv.js';
export type { CreateMusicianDto } from './dto/musician.dto.js';
export { ListMusiciansQuery } from './dto/musician.dto.js';
export { MusiciansModule } from './musicians.module.js';
export { MusiciansService, musicianView } from './musicians.service.js';
export { SectionsService } from './sections.service.js';
