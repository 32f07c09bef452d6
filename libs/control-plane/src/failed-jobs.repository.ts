import { Injectable } from '@nestjs/common';

import { sqlStateOf } from '#tutti/common';

import { ControlDb } from './control-db.js';

export interface FailedJobRecord {
  id: string;
  name: string;
  data: unknown;
  error: string;
  retryCount: number;
  createdOn: Date;
  failedOn: Date | null;
}

/** pg-boss has no schema yet (no process has started the jobs): nothing has failed. */
const missingSchema = (err: unknown) => ['3F000', '42P01'].includes(sqlStateOf(err) ?? '');

/**
 * Jobs that used up their retries, read from pg-boss's own table in the control plane
 * (pg-boss 10 has no listing API): what superadmins see and retry from the console.
 */
@Injectable()
export class FailedJobsRepository {
  constructor(private readonly db: ControlDb) {}

  async list(
    filter: { name?: string },
    page: { skip: number; take: number },
  ): Promise<{ items: FailedJobRecord[]; total: number }> {
    const name = filter.name ?? null;
    try {
      const [items, [count]] = await Promise.all([
        this.db.client.$queryRaw<FailedJobRecord[]>`
          SELECT id::text, name, data,
                 COALESCE(output->>'message', output::text, 'failed') AS error,
                 retry_count AS "retryCount", created_on AS "createdOn",
                 completed_on AS "failedOn"
            FROM pgboss.job
           WHERE state = 'failed' AND (${name}::text IS NULL OR name = ${name}::text)
           ORDER BY completed_on DESC NULLS LAST, id
           LIMIT ${page.take} OFFSET ${page.skip}`,
        this.db.client.$queryRaw<Array<{ total: number }>>`
          SELECT count(*)::int AS total FROM pgboss.job
           WHERE state = 'failed' AND (${name}::text IS NULL OR name = ${name}::text)`,
      ]);
      return { items, total: count.total };
    } catch (err) {
      if (missingSchema(err)) return { items: [], total: 0 };
      throw err;
    }
  }

  /** The queue a failed job belongs to, or null when no failed job has that id. */
  async failedJobQueue(id: string): Promise<string | null> {
    try {
      const [row] = await this.db.client.$queryRaw<Array<{ name: string }>>`
        SELECT name FROM pgboss.job WHERE id = ${id}::uuid AND state = 'failed'`;
      return row?.name ?? null;
    } catch (err) {
      if (missingSchema(err)) return null;
      throw err;
    }
  }
}
