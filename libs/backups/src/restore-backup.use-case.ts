import { Injectable } from '@nestjs/common';

import { DomainError } from '#tutti/common';
import { BackupsRepository, OrchestrasRepository } from '#tutti/control-plane';
import { databaseMoving } from '#tutti/tenancy';

import type { RestoreDto } from './backups.dto.js';
import { backupNotFound } from './backups.errors.js';
import { BackupsService } from './backups.service.js';

const confirmationMismatch = () =>
  new DomainError(
    'backup/confirmation-mismatch',
    'invalid',
    "confirmSubdomain must equal the ensemble's subdomain to replace its database",
    { field: 'confirmSubdomain' },
  );

/** A restore as a superadmin asks for it: replacing the data in use must be confirmed. */
@Injectable()
export class RestoreBackup {
  constructor(
    private readonly backups: BackupsRepository,
    private readonly orchestras: OrchestrasRepository,
    private readonly service: BackupsService,
  ) {}

  async execute(backupId: string, dto: RestoreDto) {
    const b = await this.backups.findById(backupId);
    if (!b) throw backupNotFound(backupId);
    if (dto.mode === 'replace') {
      const o = await this.orchestras.findById(b.orchestraId);
      if (dto.confirmSubdomain !== o?.subdomain) throw confirmationMismatch();
      if (o?.maintenanceSince) throw databaseMoving();
    }
    return this.service.restore(backupId, dto.mode);
  }
}
