import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';
import type { TenantMove } from './generated/client.js';

export type TenantMoveRecord = TenantMove;

export interface NewTenantMove {
  orchestraId: string;
  fromServerId: string;
  toServerId: string;
  fromDatabase: string;
  toDatabase: string;
  requestedBy: string | null;
}

export interface TenantMoveChange {
  step?: string;
  status?: TenantMove['status'];
  error?: string | null;
  toUrlEncrypted?: string | null;
  tables?: number;
  rows?: number;
  finishedAt?: Date | null;
  countAttempt?: true;
}

/** Tenant moves between database servers, each with the last step it finished. */
@Injectable()
export class TenantMovesRepository {
  constructor(private readonly db: ControlDb) {}

  /** Null when a move of this tenant is running already (one at a time, by a unique index). */
  async start(input: NewTenantMove): Promise<TenantMove | null> {
    const rows = await this.db.client.tenantMove.createManyAndReturn({
      data: [input],
      skipDuplicates: true,
    });
    return rows[0] ?? null;
  }

  findById(id: string): Promise<TenantMove | null> {
    return this.db.client.tenantMove.findUnique({ where: { id } });
  }

  listFor(orchestraId: string, take = 20): Promise<TenantMove[]> {
    return this.db.client.tenantMove.findMany({
      where: { orchestraId },
      orderBy: { startedAt: 'desc' },
      take,
    });
  }

  update(id: string, change: TenantMoveChange): Promise<TenantMove> {
    const { countAttempt, error, ...rest } = change;
    return this.db.client.tenantMove.update({
      where: { id },
      data: {
        ...rest,
        ...(error !== undefined ? { error: error?.slice(0, 1000) ?? null } : {}),
        ...(countAttempt ? { attempts: { increment: 1 } } : {}),
      },
    });
  }

  /** A failed move runs again: null unless it had failed (and no other move of it runs). */
  async reopen(id: string): Promise<TenantMove | null> {
    try {
      const { count } = await this.db.client.tenantMove.updateMany({
        where: { id, status: 'failed' },
        data: { status: 'running', error: null, finishedAt: null },
      });
      return count === 1 ? this.findById(id) : null;
    } catch (err) {
      if ((err as { code?: string }).code === 'P2002') return null;
      throw err;
    }
  }
}
