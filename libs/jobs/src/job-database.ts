import pg from 'pg';

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

  constructor(connectionString: string, max: number, onError: (err: Error) => void) {
    this.pool = new pg.Pool({ connectionString, max, application_name: 'pgboss' });
    this.pool.on('error', onError);
  }

  /** The one method pg-boss calls on a database it is given (`db` option). */
  async executeSql(text: string, values?: unknown[]): Promise<pg.QueryResult> {
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
