import { Injectable } from '@nestjs/common';

import { Clock, DomainError, pageOf, type PageQuery, randomToken, sha256 } from '#tutti/common';
import { ApiKeysRepository, AuditRepository } from '#tutti/control-plane';
import { currentTenant } from '#tutti/tenancy';

/**
 * Keys for an ensemble's integrations, sent as `X-Api-Key` on the ensemble's own subdomain:
 * the Host still names the tenant, and a key of one ensemble opens no other. A key acts with
 * the staff role. It is shown once, when created; only its SHA-256 is kept.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async create(description: string | null) {
    const orchestraId = currentTenant().id;
    const prefix = randomToken(6);
    const key = `tutti_${prefix}_${randomToken(32)}`;
    const row = await this.keys.create(orchestraId, prefix, sha256(key), description);
    await this.audit.record({
      action: 'api-key.create',
      targetType: 'api-key',
      targetId: row.id,
      orchestraId,
      after: { prefix, description },
    });
    return { id: row.id, prefix, description: row.description, key };
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
