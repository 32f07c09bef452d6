import { Module } from '@nestjs/common';

import { EventsModule } from '#tutti/events';

import { PersonalDataRepository } from './personal-data.repository.js';
import { PersonalDataService } from './personal-data.service.js';
import { PrivacyController } from './privacy.controller.js';
import { TenantRetentionRepository } from './retention.repository.js';
import { TenantRetention } from './tenant-retention.service.js';

/** Personal data: export, anonymisation, waitlist erasure, the tenant's retention rules. */
@Module({
  imports: [EventsModule],
  controllers: [PrivacyController],
  providers: [
    PersonalDataService,
    PersonalDataRepository,
    TenantRetentionRepository,
    TenantRetention,
  ],
  exports: [TenantRetention],
})
export class PrivacyModule {}
