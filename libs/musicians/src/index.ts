export { MusiciansModule } from './musicians.module.js';
export { ListMusiciansQuery } from './dto/musician.dto.js';
export { musicianView, MusiciansService } from './musicians.service.js';
export type { CreateMusicianDto } from './dto/musician.dto.js';
