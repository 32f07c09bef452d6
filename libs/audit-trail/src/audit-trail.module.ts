import { Module } from '@nestjs/common';

import { AuditEventsRepository } from './audit-events.repository.js';
import { AuditTrailController } from './audit-trail.controller.js';
import { AuditTrailService } from './audit-trail.service.js';

/** The tenant database's audit trail (written by triggers), read by the ensemble's admins. */
@Module({
  controllers: [AuditTrailController],
  providers: [AuditTrailService, AuditEventsRepository],
})
export class AuditTrailModule {}
