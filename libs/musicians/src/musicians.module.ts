import { Module } from '@nestjs/common';
import { InstrumentsController, MusiciansController } from './musicians.controller.js';
import { MusiciansRepository } from './musicians.repository.js';
import { MusicianImportService } from './musician-import.service.js';
import { MusiciansService } from './musicians.service.js';

@Module({
  controllers: [MusiciansController, InstrumentsController],
  providers: [MusiciansService, MusiciansRepository, MusicianImportService],
  exports: [MusiciansService],
})
export class MusiciansModule {}
