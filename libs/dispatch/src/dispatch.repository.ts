import { Injectable } from '@nestjs/common';

import { TenantDb, type TenantPrismaClient, type TenantTransaction } from '#tutti/tenancy';

import type { RankedMusician, Strategy } from './candidate-selection.js';

export type NeedStatus = 'draft' | 'active' | 'paused' | 'completed' | 'cancelled' | 'exhausted';
export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'timeout' | 'cancelled';

/** A need as the engine reads it, under its row lock. */
export interface NeedState {
  id: number;
  projectId: number;
  positionId: number;
  quantity: number;
  status: NeedStatus;
  requestStrategy: Strategy;
  maxRecipients: number | null;
  responseTimeHours: number;
  requireLocalResidence: boolean;
  rankingListId: number | null;
  customRankingListId: number | null;
}

export interface NewRequest {
  musicianId: number;
  tokenHash: string;
  shortCode: string;
  sentAt: Date;
  deadlineAt: Date;
}

export interface CreatedRequest {
  id: number;
  requestId: string;
  musicianId: number;
  deadlineAt: Date;
}

/** What `tutti_answer_request` says happened to an answer. */
export interface AnswerRow {
  kind: 'accepted' | 'declined' | 'already-answered' | 'expired' | 'need-closed' | 'full';
  needId: number | null;
  requestStatus: RequestStatus | 'unknown';
  needStatus: NeedStatus | null;
  filled: boolean;
  cancelled: number[];
}

export interface LockedRequest {
  id: number;
  status: RequestStatus;
  deadlineAt: Date;
}

type Db = TenantTransaction | TenantPrismaClient;

/** The musicians of a need's list with what the rules look at. */
async function rankedOn(
  db: Db,
  need: Pick<NeedState, 'rankingListId' | 'customRankingListId'>,
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
    publicId: r.musician.musicianId,
    name: `${r.musician.firstName} ${r.musician.lastName}`,
    rank: r.rank,
    isActive: r.musician.isActive,
    isArchived: r.musician.isArchived,
    localResidence: r.musician.localResidence,
    qualifiedPositionIds: r.musician.qualifications.map((q) => q.positionId),
  }));
}

async function askedIn(db: Db, projectId: number): Promise<Set<number>> {
  const rows = await db.request.findMany({
    where: { need: { projectId } },
    select: { musicianId: true },
  });
  return new Set(rows.map((r) => r.musicianId));
}

/**
 * The steps the engine may take on one need while its row is locked, all inside one
 * transaction. It reads and writes; what to do is decided by the use case that holds it.
 */
export class NeedLock {
  constructor(
    private readonly tx: TenantTransaction,
    readonly need: NeedState,
  ) {}

  async counts(): Promise<{ accepted: number; pending: number }> {
    const rows = await this.tx.request.groupBy({
      by: ['status'],
      where: { projectNeedId: this.need.id },
      _count: { _all: true },
    });
    const of = (s: string) => rows.find((r) => r.status === s)?._count._all ?? 0;
    return { accepted: of('accepted'), pending: of('pending') };
  }

  ranked(): Promise<RankedMusician[]> {
    return rankedOn(this.tx, this.need);
  }

  /** Musicians asked anything in this need's project. */
  askedInProject(): Promise<Set<number>> {
    return askedIn(this.tx, this.need.projectId);
  }

  /** Short codes of every open request in the tenant: a new one must differ from them. */
  async openShortCodes(): Promise<Set<string>> {
    const rows = await this.tx.request.findMany({
      where: { status: 'pending', shortCode: { not: null } },
      select: { shortCode: true },
    });
    return new Set(rows.map((r) => r.shortCode!));
  }

  /** Inserts the requests in one statement; returns them in the order given. */
  async createRequests(rows: NewRequest[]): Promise<CreatedRequest[]> {
    const inserted = await this.tx.request.createManyAndReturn({
      data: rows.map((r) => ({ ...r, projectNeedId: this.need.id, status: 'pending' as const })),
      select: { id: true, requestId: true, musicianId: true, deadlineAt: true },
    });
    const byMusician = new Map(inserted.map((r) => [r.musicianId, r]));
    return rows.map((row) => byMusician.get(row.musicianId)!);
  }

  async update(data: { status?: NeedStatus; quantity?: number; exhaustedAt?: Date }) {
    await this.tx.projectNeed.update({ where: { id: this.need.id }, data });
  }

  /** Closes one of this need's requests at its deadline. */
  async expire(requestId: number): Promise<void> {
    await this.tx.request.update({
      where: { id: requestId },
      data: { status: 'timeout', closedReason: 'deadline' },
    });
  }

  /** Cancels every open request of the need; returns their ids. */
  async cancelPending(reason: string): Promise<number[]> {
    const open = await this.tx.request.findMany({
      where: { projectNeedId: this.need.id, status: 'pending' },
      select: { id: true },
    });
    await this.tx.request.updateMany({
      where: { projectNeedId: this.need.id, status: 'pending' },
      data: { status: 'cancelled', closedReason: reason },
    });
    return open.map((r) => r.id);
  }
}

const lockNeed = async (tx: TenantTransaction, needId: number) =>
  (
    await tx.$queryRaw<NeedState[]>`
      SELECT id, "projectId", "positionId", quantity, status::text AS status,
             "requestStrategy"::text AS "requestStrategy", "maxRecipients", "responseTimeHours",
             "requireLocalResidence", "rankingListId", "customRankingListId"
      FROM "ProjectNeed" WHERE id = ${needId} FOR UPDATE`
  )[0];

/** The engine's reads and its locked units of work. */
@Injectable()
export class DispatchRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  /**
   * Runs `work` in one transaction with the need's row locked (and, with `project`, its
   * project's row first, so two needs of one project cannot ask the same musician at once).
   * `work` gets null when the need does not exist.
   */
  async withNeed<T>(
    needId: number,
    opts: { project?: boolean },
    work: (lock: NeedLock | null) => Promise<T>,
  ): Promise<T> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      if (opts.project) {
        const [row] = await tx.$queryRaw<Array<{ projectId: number }>>`
          SELECT "projectId" FROM "ProjectNeed" WHERE id = ${needId}`;
        if (!row) return work(null);
        await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${row.projectId} FOR UPDATE`;
      }
      const need = await lockNeed(tx, needId);
      return work(need ? new NeedLock(tx, need) : null);
    });
  }

  /**
   * Runs `work` with a request's need locked, then the request itself: every answer to a need
   * is serialised by the need's lock, so counts cannot change underneath.
   */
  async withRequest<T>(
    requestId: number,
    work: (locked: { need: NeedLock; request: LockedRequest } | null) => Promise<T>,
  ): Promise<T> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const found = await tx.request.findUnique({
        where: { id: requestId },
        select: { projectNeedId: true },
      });
      const need = found ? await lockNeed(tx, found.projectNeedId) : undefined;
      const [request] = need
        ? await tx.$queryRaw<LockedRequest[]>`
            SELECT id, status::text AS status, "deadlineAt" FROM "Request"
            WHERE id = ${requestId} FOR UPDATE`
        : [];
      return work(need && request ? { need: new NeedLock(tx, need), request } : null);
    });
  }

  /**
   * One answer in one round trip: the tenant migration's `tutti_answer_request` applies the
   * rules under the need's row lock (see its migration) and says what happened.
   */
  async answerAtOnce(
    requestId: number,
    accept: boolean,
    message: string | null,
    now: Date,
    byAdmin: boolean,
  ): Promise<AnswerRow> {
    const db = await this.tenantDb.client();
    const [row] = await db.$queryRaw<AnswerRow[]>`
      SELECT kind, need_id AS "needId", request_status AS "requestStatus",
             need_status AS "needStatus", filled, cancelled
      FROM tutti_answer_request(${requestId}::int, ${accept}, ${message}::text, ${now}::timestamptz, ${byAdmin})`;
    return row;
  }

  /** The need and who its list would ask now (no lock, no writes): the preview's data. */
  async needWithCandidates(needId: number) {
    const db = await this.tenantDb.client();
    const need = await db.projectNeed.findUnique({ where: { id: needId } });
    if (!need) return null;
    return {
      need: need as unknown as NeedState,
      ranked: await rankedOn(db, need),
      asked: await askedIn(db, need.projectId),
    };
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

  /** The earliest deadline of a still-open request in this tenant, if any. */
  async nextPendingDeadline(): Promise<Date | null> {
    const db = await this.tenantDb.client();
    const r = await db.request.aggregate({
      where: { status: 'pending' },
      _min: { deadlineAt: true },
    });
    return r._min.deadlineAt;
  }

  async duePending(now: Date, take = 500): Promise<number[]> {
    const db = await this.tenantDb.client();
    const rows = await db.request.findMany({
      where: { status: 'pending', deadlineAt: { lte: now } },
      select: { id: true },
      orderBy: { id: 'asc' },
      take,
    });
    return rows.map((r) => r.id);
  }

  /** Changes a need's status only from one of `from` (one conditional update). */
  async transitionNeed(needId: number, from: NeedStatus[], to: NeedStatus): Promise<boolean> {
    const db = await this.tenantDb.client();
    const { count } = await db.projectNeed.updateMany({
      where: { id: needId, status: { in: from } },
      data: { status: to },
    });
    return count === 1;
  }

  async needStatus(needId: number): Promise<NeedStatus | null> {
    const db = await this.tenantDb.client();
    const need = await db.projectNeed.findUnique({
      where: { id: needId },
      select: { status: true },
    });
    return need?.status ?? null;
  }
}
