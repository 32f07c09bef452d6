import pg from 'pg';

/** Set by global-setup for every test worker. */
export interface TestServerEnv {
  serverUrl: string;
  runId: string;
  controlTemplate: string;
}

export function testServerEnv(): TestServerEnv {
  const serverUrl = process.env.TUTTI_TEST_SERVER_URL;
  const runId = process.env.TUTTI_TEST_RUN;
  const controlTemplate = process.env.TUTTI_TEST_CONTROL_TEMPLATE;
  if (!serverUrl || !runId || !controlTemplate)
    throw new Error('Run the tests through jest (global-setup prepares the database server)');
  return { serverUrl, runId, controlTemplate };
}

export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  serverUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = '/' + database;
  return u.toString();
}
