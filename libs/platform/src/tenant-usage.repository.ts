import { Injectable } from '@nestjs/common';

import { TenantClientPool, type TenantConnectionInfo } from '#tutti/tenancy';

export interface TenantUsage {
  musicians: number;
  projects: number;
  requestsSince: number;
  messagesSince: Array<{ channel: string; status: string; count: number }>;
}

/** Reads an ensemble's usage from its own database, for superadmins on the central domain. */
@Injectable()
export class TenantUsageRepository {
  constructor(private readonly pool: TenantClientPool) {}

  usage(connection: TenantConnectionInfo, since: Date): Promise<TenantUsage> {
    return this.pool.withClient(connection, async (db) => {
      const [musicians, projects, requestsSince, messages] = await Promise.all([
        db.musician.count({ where: { isArchived: false } }),
        db.project.count({ where: { isArchived: false } }),
        db.request.count({ where: { sentAt: { gte: since } } }),
        db.communicationLog.groupBy({
          by: ['channel', 'status'],
          where: { createdAt: { gte: since } },
          _count: { _all: true },
        }),
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
      };
    });
  }
}
