import { createRequire } from 'node:module';

import pg from 'pg';

import { isConnectionLoss } from '#tutti/common';

export const JOB_SCHEMA = 'pgboss';

export interface QueueState {
  queue: string;
  ready: number;
  deferred: number;
  active: number;
  failed: number;
  oldestActiveSeconds: number;
  oldestReadySeconds: number;
}

// pg-boss's own SQL, to recognise its completion statements (the package has no exports map).
const plans = createRequire(import.meta.url)('pg-boss/src/plans.js') as {
  completeJobs(schema: string): string;
  failJobsById(schema: string): string;
};

/**
 * pg-boss 10 records a finished job with `complete()`/`fail()` without awaiting them: a
 * rejection there (the database restarting) is unhandled and would end the process. These
 * statements are retried here until the database answers again, and then given up quietly:
 * the job stays active until its queue's expiry and runs again (handlers are idempotent).
 */
const UNAWAITED = new Set([plans.completeJobs(JOB_SCHEMA), plans.failJobsById(JOB_SCHEMA)]);
const RETRY_UNAWAITED_MS = [250, 500, 1000, 2000, 4000, 8000, 15000];

/**
 * pg-boss's connection pool, owned here so that it closes cleanly. pg-boss's own pool ends
 * with `pool.end()`, which never answers a query still waiting for a connection: a worker
 * polling at that moment waits forever, and pg-boss keeps a loop checking on it every second
 * after stop() has returned. Here a close refuses new queries, lets those in hand finish, and
 * only then ends the pool.
 */
export class JobDatabase {
  private readonly pool: pg.Pool;
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing = false;

  constructor(
    connectionString: string,
    max: number,
    private readonly onError: (err: Error) => void,
  ) {
    this.pool = new pg.Pool({ connectionString, max, application_name: 'pgboss' });
    this.pool.on('error', onError);
  }

  /** Connections open and idle, and queries waiting for one: for the metrics. */
  stats(): { total: number; idle: number; waiting: number } {
    return {
      total: this.pool.totalCount,
      idle: this.pool.idleCount,
      waiting: this.pool.waitingCount,
    };
  }

  /** The one method pg-boss calls on a database it is given (`db` option). */
  async executeSql(text: string, values?: unknown[]): Promise<pg.QueryResult> {
    if (!UNAWAITED.has(text)) return this.run(text, values);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.run(text, values);
      } catch (err) {
        const delay = RETRY_UNAWAITED_MS[attempt];
        if (this.closing || delay === undefined || !isConnectionLoss(err)) {
          this.onError(
            new Error(
              `a job's outcome was not recorded (it runs again): ${(err as Error).message}`,
            ),
          );
          return { rows: [], rowCount: 0 } as unknown as pg.QueryResult;
        }
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  /** Whether the job database answers now (for /ready). */
  async reachable(): Promise<boolean> {
    try {
      await this.run('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Jobs of each queue by state, for the metrics: ready (waiting for a worker now), deferred
   * (a timer not due yet: a reminder next week is no backlog), active and failed, and the age of
   * the oldest active and oldest ready job (a stuck job or a starved queue).
   */
  async queueStates(): Promise<QueueState[]> {
    const { rows } = await this.run(
      `SELECT name,
         count(*) FILTER (WHERE state IN ('created', 'retry') AND start_after <= now()) AS ready,
         count(*) FILTER (WHERE state IN ('created', 'retry') AND start_after > now()) AS deferred,
         count(*) FILTER (WHERE state = 'active') AS active,
         count(*) FILTER (WHERE state = 'failed') AS failed,
         extract(epoch FROM now() - min(started_on) FILTER (WHERE state = 'active')) AS oldest_active,
         extract(epoch FROM now() - min(start_after)
           FILTER (WHERE state IN ('created', 'retry') AND start_after <= now())) AS oldest_ready
       FROM ${JOB_SCHEMA}.job GROUP BY name`,
    );
    return (rows as Array<Record<string, string | null>>).map((r) => ({
      queue: r.name!,
      ready: Number(r.ready),
      deferred: Number(r.deferred),
      active: Number(r.active),
      failed: Number(r.failed),
      oldestActiveSeconds: r.oldest_active === null ? 0 : Number(r.oldest_active),
      oldestReadySeconds: r.oldest_ready === null ? 0 : Number(r.oldest_ready),
    }));
  }

  private async run(text: string, values?: unknown[]): Promise<pg.QueryResult> {
    if (this.closing) throw new Error('job database closed');
    const query = this.pool.query(text, values);
    this.inFlight.add(query);
    try {
      return await query;
    } finally {
      this.inFlight.delete(query);
    }
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await Promise.allSettled([...this.inFlight]);
    await this.pool.end();
  }
}
