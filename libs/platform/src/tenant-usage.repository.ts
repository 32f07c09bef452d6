import { Injectable } from '@nestjs/common';

import { TenantClientPool, type TenantConnectionInfo } from '#tutti/tenancy';

export interface TenantUsage {
  musicians: number;
  projects: number;
  requestsSince: number;
  messagesSince: Array<{ channel: string; status: string; count: number }>;
  messagesThisMonth: number;
}

export interface TenantDatabaseHealth {
  /** The newest migration applied to the database itself (not what the control plane noted). */
  schemaVersion: string | null;
  databaseBytes: number;
  latencyMs: number;
}

/** Reads an ensemble's usage and health from its own database, for superadmins. */
@Injectable()
export class TenantUsageRepository {
  constructor(private readonly pool: TenantClientPool) {}

  usage(connection: TenantConnectionInfo, since: Date, monthStart: Date): Promise<TenantUsage> {
    return this.pool.withClient(connection, async (db) => {
      const [musicians, projects, requestsSince, messages, messagesThisMonth] = await Promise.all([
        db.musician.count({ where: { isArchived: false } }),
        db.project.count({ where: { isArchived: false } }),
        db.request.count({ where: { sentAt: { gte: since } } }),
        db.communicationLog.groupBy({
          by: ['channel', 'status'],
          where: { createdAt: { gte: since } },
          _count: { _all: true },
        }),
        db.communicationLog.count({ where: { createdAt: { gte: monthStart } } }),
      ]);
      return {
        musicians,
        projects,
        requestsSince,
        messagesSince: messages.map((m) => ({
          channel: m.channel,
          status: m.status,
          count: m._count._all,
        })),
        messagesThisMonth,
      };
    });
  }

  /** One round trip to the tenant's database: its applied schema and its size. */
  health(connection: TenantConnectionInfo): Promise<TenantDatabaseHealth> {
    return this.pool.withClient(connection, async (db) => {
      const started = performance.now();
      const [row] = await db.$queryRaw<Array<{ version: string | null; bytes: bigint }>>`
        SELECT (SELECT migration_name FROM _prisma_migrations
                 WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
                 ORDER BY migration_name DESC LIMIT 1) AS version,
               pg_database_size(current_database()) AS bytes`;
      return {
        schemaVersion: row.version,
        databaseBytes: Number(row.bytes),
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      };
    });
  }
}
