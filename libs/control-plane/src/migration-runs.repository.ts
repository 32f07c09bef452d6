import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';
import type { MigrationRun, Prisma } from './generated/client.js';

export type MigrationRunRecord = MigrationRun;
export interface TenantMigrationOutcome {
  orchestraId: string;
  subdomain: string;
  status: 'migrated' | 'up-to-date' | 'failed';
  applied: string[];
  schemaVersion: string | null;
  error?: string;
  durationMs: number;
}

@Injectable()
export class MigrationRunsRepository {
  constructor(private readonly db: ControlDb) {}

  start(requestedBy: string | null): Promise<MigrationRun> {
    return this.db.client.migrationRun.create({ data: { requestedBy } });
  }

  findById(id: string): Promise<MigrationRun | null> {
    return this.db.client.migrationRun.findUnique({ where: { id } });
  }

  /** One tenant's outcome, appended as it happens (the console shows the run live). */
  async recordOutcome(id: string, outcome: TenantMigrationOutcome): Promise<void> {
    const failed = outcome.status === 'failed' ? 1 : 0;
    await this.db.client.$executeRaw`
      UPDATE "MigrationRun"
         SET results = results || ${JSON.stringify([outcome])}::jsonb,
             failed = failed + ${failed},
             succeeded = succeeded + ${1 - failed}
       WHERE id = ${id}::uuid AND status = 'running'`;
  }

  finish(id: string, outcomes: TenantMigrationOutcome[], at: Date): Promise<MigrationRun> {
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    return this.db.client.migrationRun.update({
      where: { id },
      data: {
        status: failed ? 'failed' : 'succeeded',
        total: outcomes.length,
        failed,
        succeeded: outcomes.length - failed,
        results: outcomes as unknown as Prisma.InputJsonValue,
        finishedAt: at,
      },
    });
  }
}
