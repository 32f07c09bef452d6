import { Inject, Module, type OnModuleInit } from '@nestjs/common';

import { TenantSeeds } from '#tutti/tenancy';
import { WebhooksModule } from '#tutti/webhooks';

import { MusicianImportService } from './musician-import.service.js';
import { InstrumentsController, MusiciansController } from './musicians.controller.js';
import { MusiciansRepository } from './musicians.repository.js';
import { seedInstruments } from './musicians.seed.js';
import { MusiciansService } from './musicians.service.js';
import { SectionsController } from './sections.controller.js';
import { SectionsRepository } from './sections.repository.js';
import { SectionsService } from './sections.service.js';

@Module({
  imports: [WebhooksModule],
  controllers: [MusiciansController, InstrumentsController, SectionsController],
  providers: [
    MusiciansService,
    MusiciansRepository,
    MusicianImportService,
    SectionsService,
    SectionsRepository,
  ],
  exports: [MusiciansService],
})
export class MusiciansModule implements OnModuleInit {
  constructor(@Inject(TenantSeeds) private readonly seeds: TenantSeeds) {}

  onModuleInit(): void {
    this.seeds.contribute('instruments', seedInstruments);
  }
}
