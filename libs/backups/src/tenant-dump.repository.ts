import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

import { Injectable } from '@nestjs/common';
import pg from 'pg';

const FORMAT = 'tutti-backup/1';
const BATCH = 2000;

export interface DumpHeader {
  format: typeof FORMAT;
  schemaVersion: string | null;
  createdAt: string;
  tables: Array<{ name: string; columns: string[]; rows: number }>;
}

export interface Dump {
  bytes: Buffer;
  sha256: string;
  header: DumpHeader;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  // A connection cut from the server's side (the database dropped meanwhile) fails the query
  // in progress; the client's own error event must not crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The tables of the tenant schema (not Prisma's migration history), by name. */
async function tablesOf(c: pg.Client): Promise<string[]> {
  const r = await c.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return r.rows.map((x) => x.name);
}

/** Columns a row can be written to (generated ones are computed again on restore). */
async function writableColumns(c: pg.Client, table: string): Promise<string[]> {
  const r = await c.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
        AND identity_generation IS DISTINCT FROM 'ALWAYS'
      ORDER BY ordinal_position`,
    [table],
  );
  return r.rows.map((x) => x.name);
}

/**
 * A tenant database as data: every table's rows as JSON, read in one snapshot, gzipped. Not
 * `pg_dump`: the servers Tutti runs on (the embedded PostgreSQL 18, Debian's 15, Neon) do not
 * share a `pg_dump` of their major version on this machine, and the schema is known (it is the
 * migrations): a backup carries the schema version, and a restore builds the schema from the
 * migrations, then loads the rows. The only database code of backups: it speaks SQL directly.
 */
@Injectable()
export class TenantDumpRepository {
  async dump(databaseUrl: string): Promise<Dump> {
    return withClient(databaseUrl, async (c) => {
      // One snapshot for every table: rows that refer to each other are taken together.
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const [{ version }] = (
          await c.query<{ version: string | null }>(
            `SELECT max(migration_name) AS version FROM _prisma_migrations
              WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          )
        ).rows;
        const header: DumpHeader = {
          format: FORMAT,
          schemaVersion: version,
          createdAt: new Date().toISOString(),
          tables: [],
        };
        const body: string[] = [];
        for (const table of await tablesOf(c)) {
          const columns = await writableColumns(c, table);
          await c.query(
            `DECLARE dump_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS r FROM ${quote(table)} t`,
          );
          let rows = 0;
          for (;;) {
            const batch = await c.query<{ r: string }>(`FETCH ${BATCH} FROM dump_rows`);
            if (batch.rows.length === 0) break;
            rows += batch.rows.length;
            body.push(
              `{"t":${JSON.stringify(table)},"rows":[${batch.rows.map((x) => x.r).join(',')}]}`,
            );
          }
          await c.query('CLOSE dump_rows');
          header.tables.push({ name: table, columns, rows });
        }
        await c.query('COMMIT');
        const bytes = gzipSync(Buffer.from([JSON.stringify(header), ...body].join('\n') + '\n'));
        return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), header };
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  /**
   * Loads a backup's rows into a database that has the tenant schema and no rows, in one
   * transaction, with triggers and foreign-key checks off while it runs (the rows were
   * consistent when taken): needs the server's admin connection. Columns the schema has gained
   * since take their defaults; sequences continue after the highest restored id.
   */
  async load(adminDatabaseUrl: string, bytes: Buffer): Promise<{ tables: number; rows: number }> {
    const lines = gunzipSync(bytes).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]) as DumpHeader;
    if (header.format !== FORMAT) throw new Error('not a Tutti backup file');
    return withClient(adminDatabaseUrl, async (c) => {
      await c.query('BEGIN');
      try {
        await c.query(`SET LOCAL session_replication_role = replica`);
        const columnsOf = new Map<string, string[]>();
        for (const table of await tablesOf(c))
          columnsOf.set(table, await writableColumns(c, table));
        let rows = 0;
        for (const line of lines.slice(1)) {
          if (!line) continue;
          const { t, rows: batch } = JSON.parse(line) as { t: string; rows: unknown[] };
          const target = columnsOf.get(t);
          if (!target) throw new Error(`the backup has a table the schema does not: ${t}`);
          const kept = header.tables.find((x) => x.name === t)?.columns ?? target;
          const cols = target
            .filter((col) => kept.includes(col))
            .map(quote)
            .join(', ');
          await c.query(
            `INSERT INTO ${quote(t)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${quote(t)}, $1::json)`,
            [JSON.stringify(batch)],
          );
          rows += batch.length;
        }
        // Every sequence-backed column continues after the highest value restored.
        const sequences = await c.query<{ tbl: string; col: string; seq: string }>(
          `SELECT c.table_name AS tbl, c.column_name AS col,
                  pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS seq
             FROM information_schema.columns c
            WHERE c.table_schema = 'public'
              AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL`,
        );
        for (const s of sequences.rows)
          await c.query(
            `SELECT setval($1, COALESCE((SELECT max(${quote(s.col)}) FROM ${quote(s.tbl)}), 0) + 1, false)`,
            [s.seq],
          );
        await c.query('COMMIT');
        return { tables: header.tables.length, rows };
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  /** The tenant tables and the columns a row is written to. */
  async shape(databaseUrl: string): Promise<Array<{ name: string; columns: string[] }>> {
    return withClient(databaseUrl, async (c) => {
      const out: Array<{ name: string; columns: string[] }> = [];
      for (const name of await tablesOf(c))
        out.push({ name, columns: await writableColumns(c, name) });
      return out;
    });
  }

  /**
   * Each table's row count and an MD5 over its rows (in the given columns, in a fixed order),
   * read in one snapshot with the session's formats fixed, so the same rows on two servers
   * give the same digest. What a move compares before it switches a tenant over.
   */
  async digests(
    databaseUrl: string,
    tables: Array<{ name: string; columns: string[] }>,
  ): Promise<Map<string, { rows: number; md5: string }>> {
    return withClient(databaseUrl, async (c) => {
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        await c.query(
          `SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL extra_float_digits = 3`,
        );
        const out = new Map<string, { rows: number; md5: string }>();
        for (const t of tables) {
          const cols = t.columns.map((col) => `t.${quote(col)}`).join(', ');
          const r = await c.query<{ rows: number; md5: string | null }>(
            `SELECT count(*)::int AS rows,
                    md5(string_agg(x, E'\\n' ORDER BY x)) AS md5
               FROM (SELECT (ROW(${cols}))::text AS x FROM ${quote(t.name)} t) rows`,
          );
          out.set(t.name, { rows: r.rows[0].rows, md5: r.rows[0].md5 ?? '' });
        }
        await c.query('COMMIT');
        return out;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }
}
