import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';

/** Tenant API keys: only their SHA-256 is stored; the prefix names a key in lists. */
@Injectable()
export class ApiKeysRepository {
  constructor(private readonly db: ControlDb) {}

  create(input: {
    orchestraId: string;
    prefix: string;
    keyHash: string;
    description: string | null;
    permissions: string[];
    expiresAt: Date | null;
    createdByUserId: string | null;
  }) {
    return this.db.client.apiKey.create({ data: input });
  }

  /** A key that is neither revoked nor expired at `now`. */
  findActiveByHash(keyHash: string, now: Date) {
    return this.db.client.apiKey.findFirst({
      where: { keyHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    });
  }

  /** A tenant's keys by id, to name them where they acted. */
  describe(orchestraId: string, ids: string[]) {
    return this.db.client.apiKey.findMany({
      where: { orchestraId, id: { in: ids } },
      select: { id: true, prefix: true, description: true },
    });
  }

  async list(orchestraId: string, page: { skip: number; take: number }) {
    const where = { orchestraId };
    const [items, total] = await this.db.client.$transaction([
      this.db.client.apiKey.findMany({
        where,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        ...page,
        select: {
          id: true,
          prefix: true,
          description: true,
          permissions: true,
          expiresAt: true,
          lastUsedAt: true,
          revokedAt: true,
          createdAt: true,
          createdBy: { select: { id: true, name: true, email: true } },
        },
      }),
      this.db.client.apiKey.count({ where }),
    ]);
    return { items, total };
  }

  async revoke(orchestraId: string, id: string, at: Date): Promise<boolean> {
    const { count } = await this.db.client.apiKey.updateMany({
      where: { id, orchestraId, revokedAt: null },
      data: { revokedAt: at },
    });
    return count === 1;
  }

  /** Recorded at most once a minute per key, so a busy integration does not write on every call. */
  async touch(id: string, at: Date): Promise<void> {
    await this.db.client.apiKey.updateMany({
      where: {
        id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(at.getTime() - 60_000) } }],
      },
      data: { lastUsedAt: at },
    });
  }
}
