import { Injectable } from '@nestjs/common';

import { SecretBox } from '#tutti/common';
import {
  AuditRepository,
  type DatabaseServerRecord,
  DatabaseServersRepository,
  type DatabaseServerWithLoad,
} from '#tutti/control-plane';
import { TenantDatabaseServer } from '#tutti/tenancy';

import type { DatabaseServerChangeDto, NewDatabaseServerDto } from './database-servers.dto.js';
import {
  serverMissingSecret,
  serverNameTaken,
  serverNotEmpty,
  serverNotFound,
  serverUnreachable,
} from './database-servers.errors.js';

/** Where a server is, for people: host and port, or the API's address. Never credentials. */
function addressOf(s: DatabaseServerRecord, secrets: SecretBox): string {
  if (s.kind === 'neon') return s.neonApiUrl ?? 'https://console.neon.tech/api/v2';
  try {
    const u = new URL(secrets.decrypt(s.adminUrlEncrypted!));
    return `${u.hostname}:${u.port || '5432'}`;
  } catch {
    return '(unreadable)';
  }
}

/** The registry as superadmins keep it: add a server, drain it, close it once empty. */
@Injectable()
export class DatabaseServersService {
  constructor(
    private readonly servers: DatabaseServersRepository,
    private readonly tenantServers: TenantDatabaseServer,
    private readonly secrets: SecretBox,
    private readonly audit: AuditRepository,
  ) {}

  private view(s: DatabaseServerWithLoad) {
    return {
      id: s.id,
      name: s.name,
      kind: s.kind,
      region: s.region,
      capacity: s.capacity,
      tenants: s.tenants,
      state: s.state,
      address: addressOf(s, this.secrets),
      createdAt: s.createdAt,
    };
  }

  async list() {
    await this.tenantServers.ensureDefault();
    return (await this.servers.list()).map((s) => this.view(s));
  }

  async add(dto: NewDatabaseServerDto) {
    if (dto.kind === 'postgres' && !dto.adminUrl) throw serverMissingSecret('adminUrl', 'postgres');
    if (dto.kind === 'neon' && !dto.neonApiKey) throw serverMissingSecret('neonApiKey', 'neon');
    const input = {
      name: dto.name,
      kind: dto.kind,
      adminUrlEncrypted: dto.kind === 'postgres' ? this.secrets.encrypt(dto.adminUrl!) : null,
      neonApiKeyEncrypted: dto.kind === 'neon' ? this.secrets.encrypt(dto.neonApiKey!) : null,
      neonApiUrl: dto.kind === 'neon' ? (dto.neonApiUrl ?? null) : null,
      region: dto.region ?? null,
      capacity: dto.capacity,
    };
    if (await this.servers.findByName(dto.name)) throw serverNameTaken(dto.name);
    // A server that cannot be reached, or may not create databases, is not registered.
    try {
      await this.tenantServers.hostOf(input as DatabaseServerRecord).check();
    } catch (err) {
      throw serverUnreachable((err as Error).message.split('\n')[0].slice(0, 300));
    }
    const created = await this.servers.create(input);
    if (!created) throw serverNameTaken(dto.name);
    await this.audit.record({
      action: 'database-server.add',
      targetType: 'database-server',
      targetId: created.id,
      after: {
        name: created.name,
        kind: created.kind,
        region: created.region,
        capacity: created.capacity,
      },
    });
    return this.view({ ...created, tenants: 0 });
  }

  async change(id: string, dto: DatabaseServerChangeDto) {
    const before = await this.servers.findById(id);
    if (!before) throw serverNotFound(id);
    const after = await this.servers.change(id, {
      state: dto.state,
      capacity: dto.capacity,
      region: dto.region,
    });
    if (!after) throw serverNotEmpty();
    await this.audit.record({
      action: 'database-server.change',
      targetType: 'database-server',
      targetId: id,
      before: { state: before.state, capacity: before.capacity, region: before.region },
      after: { state: after.state, capacity: after.capacity, region: after.region },
    });
    return this.view({ ...after, tenants: await this.servers.tenantCount(id) });
  }
}
