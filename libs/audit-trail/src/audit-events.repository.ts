import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

export interface AuditFilter {
  table?: string;
  recordId?: string;
  actor?: string;
  requestId?: string;
  from?: Date;
  to?: Date;
}

/** The trail the `record_audit()` trigger writes; this only reads it (and ages it out). */
@Injectable()
export class AuditEventsRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  /** Newest first, keyset-paged on (at, id). */
  async list(filter: AuditFilter, take: number, after?: { at: Date; id: number }) {
    const db = await this.tenantDb.client();
    const where = {
      ...(filter.table ? { tableName: filter.table } : {}),
      ...(filter.recordId ? { recordId: filter.recordId } : {}),
      ...(filter.actor ? { actor: filter.actor } : {}),
      ...(filter.requestId ? { requestId: filter.requestId } : {}),
      ...(filter.from || filter.to ? { at: { gte: filter.from, lt: filter.to } } : {}),
    };
    const keyset = after
      ? { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: BigInt(after.id) } }] }
      : {};
    return db.auditEvent.findMany({
      where: { AND: [where, keyset] },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take,
    });
  }

  /** The tables that have events, for the filter. */
  async tables(): Promise<string[]> {
    const db = await this.tenantDb.client();
    const rows = await db.auditEvent.findMany({
      distinct: ['tableName'],
      select: { tableName: true },
      orderBy: { tableName: 'asc' },
    });
    return rows.map((r) => r.tableName);
  }
}
