export { MusiciansModule } from './musicians.module.js';
export { MusiciansService } from './musicians.service.js';
