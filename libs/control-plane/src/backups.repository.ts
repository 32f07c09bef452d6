import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';
import type { TenantBackup } from './generated/client.js';

export type BackupRecord = TenantBackup;
export type BackupKind = TenantBackup['kind'];

/** The list of each tenant's backups; the files themselves are in the file store. */
@Injectable()
export class BackupsRepository {
  constructor(private readonly db: ControlDb) {}

  start(input: {
    id: string;
    orchestraId: string;
    kind: BackupKind;
    storageKey: string;
    requestedBy: string | null;
    keepUntil: Date | null;
  }): Promise<BackupRecord> {
    return this.db.client.tenantBackup.create({ data: input });
  }

  succeed(
    id: string,
    done: {
      sizeBytes: number;
      sha256: string;
      schemaVersion: string | null;
      tables: number;
      rows: number;
      finishedAt: Date;
    },
  ): Promise<BackupRecord> {
    return this.db.client.tenantBackup.update({
      where: { id },
      data: { ...done, status: 'succeeded', error: null },
    });
  }

  fail(id: string, error: string, finishedAt: Date): Promise<BackupRecord> {
    return this.db.client.tenantBackup.update({
      where: { id },
      data: { status: 'failed', error: error.slice(0, 1000), finishedAt },
    });
  }

  findById(id: string): Promise<BackupRecord | null> {
    return this.db.client.tenantBackup.findUnique({ where: { id } });
  }

  async list(orchestraId: string, page: { skip: number; take: number }) {
    const where = { orchestraId };
    const [items, total] = await this.db.client.$transaction([
      this.db.client.tenantBackup.findMany({
        where,
        orderBy: { createdAt: 'desc' },
        skip: page.skip,
        take: page.take,
      }),
      this.db.client.tenantBackup.count({ where }),
    ]);
    return { items, total };
  }

  /** The newest finished scheduled backup of each given tenant. */
  async lastScheduled(orchestraIds: string[]): Promise<Map<string, Date>> {
    const rows = await this.db.client.tenantBackup.groupBy({
      by: ['orchestraId'],
      where: { orchestraId: { in: orchestraIds }, kind: 'scheduled', status: 'succeeded' },
      _max: { createdAt: true },
    });
    return new Map(rows.map((r) => [r.orchestraId, r._max.createdAt!]));
  }

  /** Backups past their keep-until date, oldest first: what the pruning job removes. */
  expired(now: Date, take = 100): Promise<BackupRecord[]> {
    return this.db.client.tenantBackup.findMany({
      where: { keepUntil: { lt: now } },
      orderBy: { keepUntil: 'asc' },
      take,
    });
  }

  async remove(id: string): Promise<void> {
    await this.db.client.tenantBackup.deleteMany({ where: { id } });
  }
}
