import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';

import { APP_CONFIG, type AppConfig, DomainError, SecretBox } from '#tutti/common';
import {
  type DatabaseServerRecord,
  DatabaseServersRepository,
  type OrchestraRecord,
} from '#tutti/control-plane';

import type { TenantDatabaseHost } from '../servers/database-host.js';
import { NeonHost } from '../servers/neon-host.js';
import { PostgresHost } from '../servers/postgres-host.js';

export const noServerWithRoom = (region: string | null) =>
  new DomainError(
    'database-server/no-room',
    'conflict',
    region
      ? `No open database server in region ${region} has room for another ensemble`
      : 'No open database server has room for another ensemble',
    { region },
  );

/**
 * Where tenant databases live: the registry of database servers (the control plane's
 * DatabaseServer rows), each reached through a host of its kind. TENANT_DATABASE_URL is
 * registered as the server named `default`; superadmins add others in the console.
 */
@Injectable()
export class TenantDatabaseServer implements OnApplicationBootstrap {
  private defaultServer?: Promise<DatabaseServerRecord>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly servers: DatabaseServersRepository,
    private readonly secrets: SecretBox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureDefault();
  }

  /** The `default` server, registered once per process from TENANT_DATABASE_URL. */
  ensureDefault(): Promise<DatabaseServerRecord> {
    this.defaultServer ??= this.servers
      .ensureDefault(
        this.secrets.encrypt(this.config.tenantServerUrl),
        this.config.databaseServers.defaultCapacity,
      )
      .catch((err: unknown) => {
        this.defaultServer = undefined;
        throw err;
      });
    return this.defaultServer;
  }

  databaseNameFor(orchestraId: string): string {
    return `${this.config.tenantDatabasePrefix}${orchestraId.replace(/-/g, '').slice(0, 24)}`;
  }

  /** How to reach a server of the registry. */
  hostOf(server: DatabaseServerRecord): TenantDatabaseHost {
    const timeout = this.config.pool.connectTimeoutMs;
    if (server.kind === 'neon')
      return new NeonHost({
        apiKey: this.secrets.decrypt(server.neonApiKeyEncrypted!),
        apiUrl: server.neonApiUrl,
        region: server.region,
        timeoutMs: Math.max(timeout, 10_000),
      });
    return new PostgresHost({
      adminUrl: this.secrets.decrypt(server.adminUrlEncrypted!),
      connectTimeoutMs: timeout,
      rolePerDatabase: this.config.tenantRolePerDatabase,
      templateDatabase: this.config.tenantTemplateDatabase,
    });
  }

  /** The server a tenant's database is on (the default one for tenants never placed). */
  async serverOf(o: Pick<OrchestraRecord, 'databaseServerId'>): Promise<DatabaseServerRecord> {
    if (!o.databaseServerId) return this.ensureDefault();
    const server = await this.servers.findById(o.databaseServerId);
    if (!server) throw new Error(`Database server ${o.databaseServerId} is not registered`);
    return server;
  }

  async hostFor(o: Pick<OrchestraRecord, 'databaseServerId'>): Promise<TenantDatabaseHost> {
    return this.hostOf(await this.serverOf(o));
  }

  /** Places a tenant on an open server with room (see DatabaseServersRepository.place). */
  async place(o: Pick<OrchestraRecord, 'id' | 'region'>): Promise<DatabaseServerRecord> {
    await this.ensureDefault();
    const placed = await this.servers.place(o.id, o.region);
    if ('refused' in placed) throw noServerWithRoom(placed.region);
    return placed;
  }
}
