import { testServerEnv } from '#tutti/testing';

import { JobDatabase } from '../src/job-database.js';

describe('the job queue database', () => {
  it('answers every query waiting for a connection before it closes, and refuses new ones', async () => {
    const errors: Error[] = [];
    const db = new JobDatabase(testServerEnv().serverUrl, 1, (err) => errors.push(err));
    // One connection, five queries: four wait in the pool's queue while the first sleeps.
    const queries = [1, 2, 3, 4, 5].map((n) =>
      db.executeSql('SELECT $1::int AS n, pg_sleep(0.05)', [n]),
    );
    await new Promise((r) => setTimeout(r, 10));
    await db.close();

    const answered = await Promise.all(queries);
    expect(answered.map((r) => r.rows[0].n)).toEqual([1, 2, 3, 4, 5]);
    await expect(db.executeSql('SELECT 1')).rejects.toThrow('job database closed');
    expect(errors).toEqual([]);
  });
});
