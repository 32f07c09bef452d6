import { Injectable } from '@nestjs/common';

import { TenantDb } from '../request/tenant-db.js';

export interface OutboxJob {
  queue: string;
  data: object;
  startAfter?: Date;
  singletonKey?: string;
}

export interface OutboxRow {
  jobId: string;
  queue: string;
  data: object;
  startAfter: Date | null;
  singletonKey: string | null;
}

/** The tenant's outbox table: written in the caller's transaction, drained by the relay. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly db: TenantDb) {}

  async add(jobs: OutboxJob[]): Promise<void> {
    const db = await this.db.client();
    await db.outboxEntry.createMany({
      data: jobs.map((j) => ({
        queue: j.queue,
        data: j.data,
        startAfter: j.startAfter ?? null,
        singletonKey: j.singletonKey ?? null,
      })),
    });
  }

  /**
   * Hands up to `limit` rows to `relay` and deletes them once it has succeeded, in one
   * transaction holding them (SKIP LOCKED: two relays at once take different rows). A crash
   * after `relay` and before the commit leaves the rows to be relayed again, with the same job
   * ids, which the queue refuses as duplicates.
   */
  async drain(limit: number, relay: (rows: OutboxRow[]) => Promise<void>): Promise<number> {
    const db = await this.db.client();
    return db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<Array<OutboxRow & { id: bigint }>>`
        SELECT id, "jobId"::text AS "jobId", queue, data, "startAfter", "singletonKey"
        FROM "OutboxEntry" ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return 0;
      await relay(rows);
      await tx.outboxEntry.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
      return rows.length;
    });
  }

  /** Rows waiting (for tests and the console). */
  async pending(): Promise<number> {
    return (await this.db.client()).outboxEntry.count();
  }
}
