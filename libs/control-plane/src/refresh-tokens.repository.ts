import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';

export type RotateOutcome =
  | { kind: 'rotated'; userId: string; orchestraId: string | null; familyId: string }
  | { kind: 'reused' }
  | { kind: 'invalid' };

@Injectable()
export class RefreshTokensRepository {
  constructor(private readonly db: ControlDb) {}

  async create(input: {
    userId: string;
    orchestraId: string | null;
    familyId: string;
    tokenHash: string;
    expiresAt: Date;
  }): Promise<void> {
    await this.db.client.refreshToken.create({ data: input });
  }

  /**
   * Spends one refresh token and stores its successor, in one transaction with the old row
   * locked, so two concurrent refreshes with the same token cannot both succeed. A token
   * that was already spent means it leaked: its whole family is revoked.
   */
  async rotate(
    oldHash: string,
    next: { tokenHash: string; expiresAt: Date },
    now: Date,
    orchestraId: string | null,
  ): Promise<RotateOutcome> {
    return this.db.client.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<
        Array<{
          id: string;
          userId: string;
          orchestraId: string | null;
          familyId: string;
          expiresAt: Date;
          revokedAt: Date | null;
        }>
      >`
        SELECT id, "userId", "orchestraId", "familyId", "expiresAt", "revokedAt"
        FROM "RefreshToken" WHERE "tokenHash" = ${oldHash} FOR UPDATE`;
      const row = rows[0];
      if (!row || row.orchestraId !== orchestraId) return { kind: 'invalid' } as const;
      if (row.revokedAt) {
        await tx.refreshToken.updateMany({
          where: { familyId: row.familyId, revokedAt: null },
          data: { revokedAt: now },
        });
        return { kind: 'reused' } as const;
      }
      if (row.expiresAt <= now) return { kind: 'invalid' } as const;
      await tx.refreshToken.update({ where: { id: row.id }, data: { revokedAt: now } });
      await tx.refreshToken.create({
        data: {
          userId: row.userId,
          orchestraId: row.orchestraId,
          familyId: row.familyId,
          tokenHash: next.tokenHash,
          expiresAt: next.expiresAt,
        },
      });
      return {
        kind: 'rotated',
        userId: row.userId,
        orchestraId: row.orchestraId,
        familyId: row.familyId,
      } as const;
    });
  }

  async revokeByHash(tokenHash: string, now: Date): Promise<void> {
    const row = await this.db.client.refreshToken.findUnique({ where: { tokenHash } });
    if (row)
      await this.db.client.refreshToken.updateMany({
        where: { familyId: row.familyId, revokedAt: null },
        data: { revokedAt: now },
      });
  }
}
