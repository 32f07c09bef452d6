import { Injectable } from '@nestjs/common';

import {
  Clock,
  DomainError,
  pageOf,
  type PageQuery,
  type Permission,
  randomToken,
  requestContext,
  sha256,
} from '#tutti/common';
import { ApiKeysRepository, AuditRepository } from '#tutti/control-plane';
import { currentTenant } from '#tutti/tenancy';

const DAY_MS = 24 * 60 * 60 * 1000;

const notHeld = (permission: string) =>
  new DomainError(
    'api-key/permission-not-held',
    'forbidden',
    `A key cannot be given ${permission}: you do not hold it yourself`,
    { field: 'permissions', permission },
  );

/**
 * Keys for an ensemble's integrations, sent as `X-Api-Key` on the ensemble's own subdomain:
 * the Host still names the tenant, and a key of one ensemble opens no other. A key carries
 * the permissions it was given (never more than its creator held), may expire, and is revoked
 * with its creator's deactivation. It is shown once, when created; only its SHA-256 is kept.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async create(input: { description?: string; permissions: Permission[]; expiresInDays?: number }) {
    const orchestraId = currentTenant().id;
    const principal = requestContext.require().principal;
    const held = new Set(principal?.permissions ?? []);
    const missing = input.permissions.find((p) => !held.has(p));
    if (missing) throw notHeld(missing);
    const permissions = [...new Set(input.permissions)];
    const prefix = randomToken(6);
    const key = `tutti_${prefix}_${randomToken(32)}`;
    const expiresAt = input.expiresInDays
      ? new Date(this.clock.now().getTime() + input.expiresInDays * DAY_MS)
      : null;
    const row = await this.keys.create({
      orchestraId,
      prefix,
      keyHash: sha256(key),
      description: input.description ?? null,
      permissions,
      expiresAt,
      createdByUserId: principal && !principal.apiKeyId ? principal.userId : null,
    });
    await this.audit.record({
      action: 'api-key.create',
      targetType: 'api-key',
      targetId: row.id,
      orchestraId,
      after: { prefix, description: row.description, permissions, expiresAt },
    });
    return {
      id: row.id,
      prefix,
      description: row.description,
      permissions,
      expiresAt,
      key,
    };
  }

  async list(q: PageQuery) {
    const { page, size, skip } = pageOf(q);
    const { items, total } = await this.keys.list(currentTenant().id, { skip, take: size });
    return { items, total, page, pageSize: size };
  }

  async revoke(id: string): Promise<void> {
    const orchestraId = currentTenant().id;
    if (!(await this.keys.revoke(orchestraId, id, this.clock.now())))
      throw new DomainError('api-key/not-found', 'not_found', `No active API key ${id}`);
    await this.audit.record({
      action: 'api-key.revoke',
      targetType: 'api-key',
      targetId: id,
      orchestraId,
    });
  }
}
