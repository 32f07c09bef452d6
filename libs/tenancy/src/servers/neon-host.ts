import { type Api, createApiClient } from '@neondatabase/api-client';
import pg from 'pg';

import type { TenantDatabaseHost } from './database-host.js';

export interface NeonHostOptions {
  apiKey: string;
  /** Neon's API (https://console.neon.tech/api/v2) unless a proxy or a stand-in. */
  apiUrl: string | null;
  region: string | null;
  timeoutMs: number;
  /** How long to wait for a new project's operations to finish. */
  operationsTimeoutMs?: number;
}

const DATABASE = 'tutti';
const ROLE = 'tutti_owner';

/**
 * Tenant databases on Neon: one Neon project per tenant (Neon's advice for database per
 * tenant: each gets its own compute, limits and point-in-time history), named after the tenant
 * database, made and removed through Neon's API with its official client.
 */
export class NeonHost implements TenantDatabaseHost {
  readonly kind = 'neon' as const;
  private readonly api: Api<unknown>;

  constructor(private readonly options: NeonHostOptions) {
    this.api = createApiClient({
      apiKey: options.apiKey,
      timeout: options.timeoutMs,
      ...(options.apiUrl ? { baseURL: options.apiUrl } : {}),
    });
  }

  private async project(name: string): Promise<{ id: string } | null> {
    const { data } = await this.api.listProjects({ search: name, limit: 100 });
    return data.projects.find((p) => p.name === name) ?? null;
  }

  /** Neon creates a project's branch, role, database and compute as operations. */
  private async settle(projectId: string): Promise<void> {
    const until = Date.now() + (this.options.operationsTimeoutMs ?? 120_000);
    for (;;) {
      const { data } = await this.api.listProjectOperations({ projectId });
      const failed = data.operations.find((o) => ['failed', 'error'].includes(o.status));
      if (failed) throw new Error(`Neon operation ${failed.action} failed: ${failed.error ?? ''}`);
      if (data.operations.every((o) => ['finished', 'skipped', 'cancelled'].includes(o.status)))
        return;
      if (Date.now() > until) throw new Error('Neon project operations did not finish in time');
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  private async uriOf(projectId: string): Promise<string> {
    const { data } = await this.api.getConnectionUri({
      projectId,
      database_name: DATABASE,
      role_name: ROLE,
      pooled: false,
    });
    return data.uri;
  }

  async ensureDatabase(name: string): Promise<string> {
    const existing = await this.project(name);
    if (existing) {
      await this.settle(existing.id);
      return this.uriOf(existing.id);
    }
    const { data } = await this.api.createProject({
      project: {
        name,
        ...(this.options.region ? { region_id: this.options.region } : {}),
        branch: { database_name: DATABASE, role_name: ROLE },
      },
    });
    await this.settle(data.project.id);
    return data.connection_uris[0]?.connection_uri ?? this.uriOf(data.project.id);
  }

  async adminUrlFor(name: string): Promise<string> {
    const p = await this.project(name);
    if (!p) throw new Error(`No Neon project ${name}`);
    return this.uriOf(p.id);
  }

  async dropDatabase(name: string): Promise<void> {
    const p = await this.project(name);
    if (p) await this.api.deleteProject(p.id);
  }

  /** One owner role per project, which the copy itself uses: sessions are ended, not barred. */
  async closeSessions(name: string): Promise<void> {
    const client = new pg.Client({
      connectionString: await this.adminUrlFor(name),
      connectionTimeoutMillis: this.options.timeoutMs,
    });
    client.on('error', () => undefined);
    await client.connect();
    try {
      // The project's owner may end its own role's other sessions.
      await client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  reopenSessions(): Promise<void> {
    return Promise.resolve();
  }

  async check(): Promise<void> {
    await this.api.listProjects({ limit: 1 });
  }
}
