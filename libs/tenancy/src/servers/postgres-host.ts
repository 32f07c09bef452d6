import pg from 'pg';

import { randomToken, withDatabase } from '#tutti/common';

import { ident, literal, type TenantDatabaseHost } from './database-host.js';

export interface PostgresHostOptions {
  adminUrl: string;
  connectTimeoutMs: number;
  /** Each database gets its own login role that owns it; PUBLIC loses CONNECT. */
  rolePerDatabase: boolean;
  /** Copied from, when set and present on this server (an already migrated template). */
  templateDatabase: string | null;
}

/**
 * Tenant databases on a PostgreSQL server. With a role per database, one tenant's credentials
 * open no other tenant's database.
 */
export class PostgresHost implements TenantDatabaseHost {
  readonly kind = 'postgres' as const;

  constructor(private readonly options: PostgresHostOptions) {}

  private async withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: this.options.connectTimeoutMs,
    });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  private withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    return this.withClient(this.options.adminUrl, fn);
  }

  adminUrlFor(name: string): Promise<string> {
    return Promise.resolve(withDatabase(this.options.adminUrl, name));
  }

  async check(): Promise<void> {
    await this.withAdmin(async (admin) => {
      const { rows } = await admin.query<{ ok: boolean }>(
        'SELECT rolsuper OR (rolcreatedb AND rolcreaterole) AS ok FROM pg_roles WHERE rolname = current_user',
      );
      if (!rows[0]?.ok) throw new Error('the role may not create databases and roles');
    });
  }

  async ensureDatabase(name: string): Promise<string> {
    const { rolePerDatabase } = this.options;
    return this.withAdmin(async (admin) => {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      // The template is used where this server has one; elsewhere the database starts empty
      // and provisioning applies every migration.
      const template =
        this.options.templateDatabase &&
        (
          await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
            this.options.templateDatabase,
          ])
        ).rowCount
          ? this.options.templateDatabase
          : null;
      let createdDatabase = false;
      if (exists.rowCount === 0) {
        try {
          await admin.query(
            `CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ''}`,
          );
          createdDatabase = true;
        } catch (err) {
          // Two runs racing: the other one created it.
          if ((err as { code?: string }).code !== '42P04') throw err;
        }
      }
      if (!rolePerDatabase) return withDatabase(this.options.adminUrl, name);
      const password = randomToken(24);
      const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
      const createdRole = role.rowCount === 0;
      try {
        await admin.query(
          `${createdRole ? 'CREATE' : 'ALTER'} ROLE ${ident(name)} WITH LOGIN PASSWORD '${password}'`,
        );
        // An admin that is not a superuser (CREATEDB CREATEROLE) may give a database only to a
        // role it is a member of: PostgreSQL 15 makes it no member of the roles it creates, and
        // 16 on make it their admin without SET. Joining the role is allowed on all of them.
        const su = await admin.query<{ rolsuper: boolean }>(
          'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
        );
        if (!su.rows[0]?.rolsuper) await admin.query(`GRANT ${ident(name)} TO CURRENT_USER`);
        await admin.query(`ALTER DATABASE ${ident(name)} OWNER TO ${ident(name)}`);
        await admin.query(`REVOKE ALL ON DATABASE ${ident(name)} FROM PUBLIC`);
        if (template) await this.handOver(name);
      } catch (err) {
        // Nothing left behind: what this run created goes, and the step can be run again.
        if (createdDatabase)
          await admin
            .query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`)
            .catch(() => undefined);
        if (createdRole)
          await admin.query(`DROP ROLE IF EXISTS ${ident(name)}`).catch(() => undefined);
        throw err;
      }
      const url = new URL(withDatabase(this.options.adminUrl, name));
      url.username = name;
      url.password = password;
      return url.toString();
    });
  }

  /**
   * A copy of the template keeps the template's owners; the tenant's role must own its tables
   * and types to migrate them later. (Sequences follow their tables.)
   */
  private async handOver(name: string): Promise<void> {
    await this.withClient(withDatabase(this.options.adminUrl, name), async (db) => {
      const { rows } = await db.query<{ sql: string }>(
        `SELECT format('ALTER TABLE public.%I OWNER TO %I', tablename, $1::text) AS sql
           FROM pg_tables WHERE schemaname = 'public'
         UNION ALL
         SELECT format('ALTER TYPE public.%I OWNER TO %I', t.typname, $1::text)
           FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' AND t.typtype = 'e'`,
        [name],
      );
      // One transaction: one commit (and WAL flush) instead of one per table.
      await db.query(`BEGIN; ${rows.map((r) => r.sql).join('; ')}; COMMIT`);
    });
  }

  async closeSessions(name: string): Promise<void> {
    await this.withAdmin(async (admin) => {
      if (this.options.rolePerDatabase)
        await admin.query(
          `DO $$ BEGIN
             IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${literal(name)}) THEN
               ALTER ROLE ${ident(name)} NOLOGIN;
             END IF;
           END $$`,
        );
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [name],
      );
    });
  }

  async reopenSessions(name: string): Promise<void> {
    if (!this.options.rolePerDatabase) return;
    await this.withAdmin(async (admin) => {
      await admin.query(
        `DO $$ BEGIN
           IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${literal(name)}) THEN
             ALTER ROLE ${ident(name)} LOGIN;
           END IF;
         END $$`,
      );
    });
  }

  async dropDatabase(name: string): Promise<void> {
    await this.withAdmin(async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
      if (this.options.rolePerDatabase) await admin.query(`DROP ROLE IF EXISTS ${ident(name)}`);
    });
  }
}
