import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { TenantDb, type TenantPrismaClient } from '#tutti/tenancy';
import {
  type RankedMusician,
  requestsToSend,
  selectCandidates,
  type Selection,
  type Strategy,
} from './candidate-selection.js';

type Tx = Parameters<Parameters<TenantPrismaClient['$transaction']>[0]>[0];

export interface CreatedRequest {
  id: number;
  requestId: string;
  musicianId: number;
  tokenHash: string;
  shortCode: string;
  deadlineAt: Date;
}

export interface DispatchResult {
  needId: number;
  created: CreatedRequest[];
  /** The list ran out with places still open and nothing pending. */
  exhausted: boolean;
}

export type AnswerOutcome =
  | { kind: 'accepted'; requestId: number; needId: number; filled: boolean; cancelled: number[] }
  | { kind: 'declined'; requestId: number; needId: number }
  | { kind: 'already-answered'; status: string }
  | { kind: 'expired' }
  | { kind: 'need-closed'; needStatus: string }
  | { kind: 'full' };

interface NeedRow {
  id: number;
  projectId: number;
  positionId: number;
  quantity: number;
  status: string;
  requestStrategy: Strategy;
  maxRecipients: number | null;
  responseTimeHours: number;
  requireLocalResidence: boolean;
  rankingListId: number | null;
  customRankingListId: number | null;
}

/** The engine's reads and writes; every multi-row change is one transaction with the need locked. */
@Injectable()
export class DispatchRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  private async lockNeed(tx: Tx, needId: number): Promise<NeedRow | undefined> {
    const rows = await tx.$queryRaw<NeedRow[]>`
      SELECT id, "projectId", "positionId", quantity, status::text AS status, "requestStrategy"::text AS "requestStrategy",
             "maxRecipients", "responseTimeHours", "requireLocalResidence", "rankingListId", "customRankingListId"
      FROM "ProjectNeed" WHERE id = ${needId} FOR UPDATE`;
    return rows[0];
  }

  private async counts(tx: Tx, needId: number) {
    const rows = await tx.request.groupBy({
      by: ['status'],
      where: { projectNeedId: needId },
      _count: { _all: true },
    });
    const of = (s: string) => rows.find((r) => r.status === s)?._count._all ?? 0;
    return { accepted: of('accepted'), pending: of('pending') };
  }

  /** The ranked musicians of a need's list, with what the rules look at. */
  private async ranked(
    db: Tx | TenantPrismaClient,
    need: Pick<NeedRow, 'rankingListId' | 'customRankingListId'>,
  ): Promise<RankedMusician[]> {
    const include = {
      musician: { include: { qualifications: { select: { positionId: true } } } },
    } as const;
    const rows = need.customRankingListId
      ? await db.customRanking.findMany({ where: { listId: need.customRankingListId }, include })
      : need.rankingListId
        ? await db.ranking.findMany({ where: { listId: need.rankingListId }, include })
        : [];
    return rows.map((r) => ({
      musicianId: r.musicianId,
      name: `${r.musician.firstName} ${r.musician.lastName}`,
      rank: r.rank,
      isActive: r.musician.isActive,
      isArchived: r.musician.isArchived,
      localResidence: r.musician.localResidence,
      qualifiedPositionIds: r.musician.qualifications.map((q) => q.positionId),
    }));
  }

  private async askedInProject(
    db: Tx | TenantPrismaClient,
    projectId: number,
  ): Promise<Set<number>> {
    const rows = await db.request.findMany({
      where: { need: { projectId } },
      select: { musicianId: true },
    });
    return new Set(rows.map((r) => r.musicianId));
  }

  /** Who would be asked now, in order, and who is skipped and why (no writes). */
  async preview(needId: number): Promise<(Selection & { need: NeedRow }) | null> {
    const db = await this.tenantDb.client();
    const need = await db.projectNeed.findUnique({ where: { id: needId } });
    if (!need) return null;
    const row = need as unknown as NeedRow;
    return {
      need: row,
      ...selectCandidates(
        await this.ranked(db, row),
        row,
        await this.askedInProject(db, need.projectId),
      ),
    };
  }

  /**
   * Sends the requests the need's strategy calls for. Locks the project (so two needs of one
   * project cannot ask the same musician at once) and the need (so counts cannot change
   * underneath), then creates requests with token hashes and short codes.
   */
  async dispatch(needId: number, now: Date, tokenHashes: () => string): Promise<DispatchResult> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const [{ projectId } = { projectId: undefined }] = await tx.$queryRaw<
        Array<{ projectId: number }>
      >`SELECT "projectId" FROM "ProjectNeed" WHERE id = ${needId}`;
      if (projectId === undefined) return { needId, created: [], exhausted: false };
      await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
      const need = await this.lockNeed(tx, needId);
      if (!need || need.status !== 'active') return { needId, created: [], exhausted: false };
      const { accepted, pending } = await this.counts(tx, needId);
      if (accepted >= need.quantity) {
        await tx.projectNeed.update({ where: { id: needId }, data: { status: 'completed' } });
        return { needId, created: [], exhausted: false };
      }
      const { candidates } = selectCandidates(
        await this.ranked(tx, need),
        need,
        await this.askedInProject(tx, projectId),
      );
      const n = requestsToSend({
        strategy: need.requestStrategy,
        quantity: need.quantity,
        accepted,
        pending,
        maxRecipients: need.maxRecipients,
        available: candidates.length,
      });
      if (n === 0) {
        const exhausted = candidates.length === 0 && pending === 0;
        if (exhausted)
          await tx.projectNeed.update({
            where: { id: needId },
            data: { status: 'exhausted', exhaustedAt: now },
          });
        return { needId, created: [], exhausted };
      }
      const used = new Set(
        (
          await tx.request.findMany({
            where: { status: 'pending', shortCode: { not: null } },
            select: { shortCode: true },
          })
        ).map((r) => r.shortCode),
      );
      const deadlineAt = new Date(now.getTime() + need.responseTimeHours * 3600_000);
      const rows = candidates.slice(0, n).map((c) => {
        let shortCode: string;
        do shortCode = String(randomInt(1000, 10000));
        while (used.has(shortCode));
        used.add(shortCode);
        return {
          projectNeedId: needId,
          musicianId: c.musicianId,
          status: 'pending' as const,
          tokenHash: tokenHashes(),
          shortCode,
          sentAt: now,
          deadlineAt,
        };
      });
      const inserted = await tx.request.createManyAndReturn({
        data: rows,
        select: { id: true, requestId: true, musicianId: true, tokenHash: true, shortCode: true },
      });
      const byMusician = new Map(inserted.map((r) => [r.musicianId, r]));
      // In rank order, as the rows were built (and the caller's tokens were made).
      const created = rows.map((row) => {
        const r = byMusician.get(row.musicianId)!;
        return {
          id: r.id,
          requestId: r.requestId,
          musicianId: r.musicianId,
          tokenHash: r.tokenHash!,
          shortCode: r.shortCode!,
          deadlineAt,
        };
      });
      return { needId, created, exhausted: false };
    });
  }

  /**
   * One answer, serialised with every other answer to the same need by the need's row lock:
   * the number accepted can never pass the quantity. The place that fills the need cancels
   * the other open requests in the same transaction.
   */
  async answer(
    requestId: number,
    accept: boolean,
    message: string | null,
    now: Date,
    byAdmin: boolean,
  ): Promise<AnswerOutcome> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const found = await tx.request.findUnique({
        where: { id: requestId },
        select: { projectNeedId: true },
      });
      if (!found) return { kind: 'already-answered', status: 'unknown' } as const;
      const need = await this.lockNeed(tx, found.projectNeedId);
      const [req] = await tx.$queryRaw<Array<{ status: string; deadlineAt: Date }>>`
        SELECT status::text AS status, "deadlineAt" FROM "Request" WHERE id = ${requestId} FOR UPDATE`;
      if (!need || !req) return { kind: 'already-answered', status: 'unknown' } as const;
      if (req.status !== 'pending')
        return { kind: 'already-answered', status: req.status } as const;
      if (req.deadlineAt <= now) return { kind: 'expired' } as const;
      if (need.status !== 'active')
        return { kind: 'need-closed', needStatus: need.status } as const;
      const answered = { respondedAt: now, response: message, answeredByAdmin: byAdmin };
      if (!accept) {
        await tx.request.update({
          where: { id: requestId },
          data: { status: 'declined', ...answered },
        });
        return { kind: 'declined', requestId, needId: need.id } as const;
      }
      const { accepted } = await this.counts(tx, need.id);
      if (accepted >= need.quantity) return { kind: 'full' } as const;
      await tx.request.update({
        where: { id: requestId },
        data: { status: 'accepted', ...answered },
      });
      const filled = accepted + 1 >= need.quantity;
      let cancelled: number[] = [];
      if (filled) {
        await tx.projectNeed.update({ where: { id: need.id }, data: { status: 'completed' } });
        cancelled = await this.closePending(tx, need.id, 'position-filled');
      }
      return { kind: 'accepted', requestId, needId: need.id, filled, cancelled } as const;
    });
  }

  private async closePending(tx: Tx, needId: number, reason: string): Promise<number[]> {
    const open = await tx.request.findMany({
      where: { projectNeedId: needId, status: 'pending' },
      select: { id: true },
    });
    await tx.request.updateMany({
      where: { projectNeedId: needId, status: 'pending' },
      data: { status: 'cancelled', closedReason: reason },
    });
    return open.map((r) => r.id);
  }

  /** A request whose deadline has passed times out, unless it was answered or closed meanwhile. */
  async timeout(requestId: number, now: Date): Promise<{ needId: number } | null> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const found = await tx.request.findUnique({
        where: { id: requestId },
        select: { projectNeedId: true },
      });
      if (!found) return null;
      await this.lockNeed(tx, found.projectNeedId);
      const { count } = await tx.request.updateMany({
        where: { id: requestId, status: 'pending', deadlineAt: { lte: now } },
        data: { status: 'timeout', closedReason: 'deadline' },
      });
      return count === 1 ? { needId: found.projectNeedId } : null;
    });
  }

  /** Marks the reminder sent, once, if the request is still open and before its deadline. */
  async claimReminder(requestId: number, now: Date): Promise<boolean> {
    const db = await this.tenantDb.client();
    const { count } = await db.request.updateMany({
      where: { id: requestId, status: 'pending', reminderSentAt: null, deadlineAt: { gt: now } },
      data: { reminderSentAt: now },
    });
    return count === 1;
  }

  async duePending(now: Date, take = 500): Promise<number[]> {
    const db = await this.tenantDb.client();
    const rows = await db.request.findMany({
      where: { status: 'pending', deadlineAt: { lte: now } },
      select: { id: true },
      take,
    });
    return rows.map((r) => r.id);
  }

  /** Changes a need's status only from one of `from`. */
  async transitionNeed(
    needId: number,
    from: string[],
    to: string,
    data: Record<string, unknown> = {},
  ): Promise<boolean> {
    const db = await this.tenantDb.client();
    const { count } = await db.projectNeed.updateMany({
      where: { id: needId, status: { in: from as never } },
      data: { status: to as never, ...data },
    });
    return count === 1;
  }

  /** Closes a need (cancel or complete) and its open requests together. */
  async closeNeed(
    needId: number,
    from: string[],
    to: 'cancelled' | 'completed',
    reason: string,
  ): Promise<number[] | null> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const need = await this.lockNeed(tx, needId);
      if (!need || !from.includes(need.status)) return null;
      await tx.projectNeed.update({ where: { id: needId }, data: { status: to } });
      return this.closePending(tx, needId, reason);
    });
  }

  async raiseQuantity(
    needId: number,
    quantity: number,
  ): Promise<'raised' | 'not-higher' | 'missing'> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const need = await this.lockNeed(tx, needId);
      if (!need) return 'missing';
      if (quantity <= need.quantity) return 'not-higher';
      const reopen = need.status === 'completed' || need.status === 'exhausted';
      await tx.projectNeed.update({
        where: { id: needId },
        data: { quantity, ...(reopen ? { status: 'active' } : {}) },
      });
      return 'raised';
    });
  }

  /** Everything a message or the answer page shows about one request. */
  async requestDetails(where: { id: number } | { tokenHash: string }) {
    const db = await this.tenantDb.client();
    return db.request.findFirst({
      where,
      include: {
        musician: true,
        need: { include: { position: { include: { instrument: true } }, project: true } },
      },
    });
  }
}
