import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';

import { APP_CONFIG, type AppConfig, randomToken, withDatabase } from '#tutti/common';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Refusing unsafe database identifier "${name}"`);
  return `"${name}"`;
}

/**
 * Creates and drops tenant databases on the configured tenant server. With
 * TENANT_ROLE_PER_DATABASE each database gets its own login role that owns it, and PUBLIC
 * loses CONNECT, so one tenant's credentials open no other tenant's database.
 */
@Injectable()
export class TenantDatabaseServer {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  databaseNameFor(orchestraId: string): string {
    return `${this.config.tenantDatabasePrefix}${orchestraId.replace(/-/g, '').slice(0, 24)}`;
  }

  private async withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({
      connectionString: this.config.tenantServerUrl,
      connectionTimeoutMillis: this.config.pool.connectTimeoutMs,
    });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /** The server admin's URL to one database (restores load rows through it). */
  adminUrlFor(name: string): string {
    return withDatabase(this.config.tenantServerUrl, name);
  }

  /** Creates the database (and its role) unless they exist; returns a URL to it. Idempotent. */
  async ensureDatabase(name: string): Promise<string> {
    return this.withAdmin(async (admin) => {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      const template = this.config.tenantTemplateDatabase;
      if (exists.rowCount === 0) {
        try {
          await admin.query(
            `CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ''}`,
          );
        } catch (err) {
          // Two runs racing: the other one created it.
          if ((err as { code?: string }).code !== '42P04') throw err;
        }
      }
      if (!this.config.tenantRolePerDatabase)
        return withDatabase(this.config.tenantServerUrl, name);
      const password = randomToken(24);
      const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
      const verb = role.rowCount === 0 ? 'CREATE' : 'ALTER';
      await admin.query(`${verb} ROLE ${ident(name)} WITH LOGIN PASSWORD '${password}'`);
      await admin.query(`ALTER DATABASE ${ident(name)} OWNER TO ${ident(name)}`);
      await admin.query(`REVOKE ALL ON DATABASE ${ident(name)} FROM PUBLIC`);
      if (template) await this.handOver(name);
      const url = new URL(withDatabase(this.config.tenantServerUrl, name));
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
    const db = new pg.Client({
      connectionString: withDatabase(this.config.tenantServerUrl, name),
      connectionTimeoutMillis: this.config.pool.connectTimeoutMs,
    });
    await db.connect();
    try {
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
    } finally {
      await db.end().catch(() => undefined);
    }
  }

  async dropDatabase(name: string): Promise<void> {
    await this.withAdmin(async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
      if (this.config.tenantRolePerDatabase)
        await admin.query(`DROP ROLE IF EXISTS ${ident(name)}`);
    });
  }
}
