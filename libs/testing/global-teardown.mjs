import pg from 'pg';

async function adminQuery(serverUrl, sql, params = []) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Drops what this run created (databases and roles named tt_<run>_…), or the whole embedded server. */
export default async function globalTeardown() {
  const embedded = globalThis.__tuttiEmbedded;
  if (embedded) {
    await embedded.stop();
    return;
  }
  const serverUrl = process.env.TUTTI_TEST_SERVER_URL;
  const prefix = `tt_${process.env.TUTTI_TEST_RUN}_`;
  const dbs = await adminQuery(
    serverUrl,
    'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
    [prefix],
  );
  for (const { datname } of dbs)
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  const roles = await adminQuery(
    serverUrl,
    'SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)',
    [prefix],
  );
  for (const { rolname } of roles) await adminQuery(serverUrl, `DROP ROLE IF EXISTS "${rolname}"`);
}
