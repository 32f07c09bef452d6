import { Inject, Module, type OnModuleInit } from '@nestjs/common';

import { TenantSeeds } from '#tutti/tenancy';

import { MusicianImportService } from './musician-import.service.js';
import { InstrumentsController, MusiciansController } from './musicians.controller.js';
import { MusiciansRepository } from './musicians.repository.js';
import { seedInstruments } from './musicians.seed.js';
import { MusiciansService } from './musicians.service.js';

@Module({
  controllers: [MusiciansController, InstrumentsController],
  providers: [MusiciansService, MusiciansRepository, MusicianImportService],
  exports: [MusiciansService],
})
export class MusiciansModule implements OnModuleInit {
  constructor(@Inject(TenantSeeds) private readonly seeds: TenantSeeds) {}

  onModuleInit(): void {
    this.seeds.contribute('instruments', seedInstruments);
  }
}
