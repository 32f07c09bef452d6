import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

export interface RankingListView {
  id: number;
  positionId: number;
  listType: string;
  description: string | null;
  entries: Array<{ rank: number; musicianId: string; name: string }>;
}

/** A musician as a ranking list sees them: internal id and where they may play. */
export interface RankableMusician {
  id: number;
  musicianId: string;
  qualifiedPositionIds: number[];
}

@Injectable()
export class RankingsRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async createList(positionId: number, listType: string, description: string | null) {
    const list = await (
      await this.tenantDb.client()
    ).rankingList.create({ data: { positionId, listType, description } });
    return (await this.lists({ id: list.id }))[0];
  }

  /** One page of lists, with their total. */
  async listPage(
    filter: { positionId?: number },
    page: { skip: number; take: number },
  ): Promise<{ items: RankingListView[]; total: number }> {
    const db = await this.tenantDb.client();
    const items = await this.lists(filter, page);
    const total = await db.rankingList.count({ where: filter });
    return { items, total };
  }

  async lists(
    filter: { positionId?: number; id?: number } = {},
    page?: { skip: number; take: number },
  ): Promise<RankingListView[]> {
    const rows = await (
      await this.tenantDb.client()
    ).rankingList.findMany({
      where: filter,
      orderBy: [{ positionId: 'asc' }, { listType: 'asc' }, { id: 'asc' }],
      ...page,
      include: {
        rankings: {
          orderBy: { rank: 'asc' },
          include: { musician: { select: { musicianId: true, firstName: true, lastName: true } } },
        },
      },
    });
    return rows.map((l) => ({
      id: l.id,
      positionId: l.positionId,
      listType: l.listType,
      description: l.description,
      entries: l.rankings.map((r) => ({
        rank: r.rank,
        musicianId: r.musician.musicianId,
        name: `${r.musician.firstName} ${r.musician.lastName}`,
      })),
    }));
  }

  async musician(musicianId: string): Promise<RankableMusician | null> {
    const m = await (
      await this.tenantDb.client()
    ).musician.findUnique({
      where: { musicianId },
      select: { id: true, musicianId: true, qualifications: { select: { positionId: true } } },
    });
    return m
      ? {
          id: m.id,
          musicianId: m.musicianId,
          qualifiedPositionIds: m.qualifications.map((q) => q.positionId),
        }
      : null;
  }

  /**
   * Changes a list's order under the list's row lock: `edit` receives the current order
   * (internal musician ids, best first) read inside the lock and returns the new one, so two
   * concurrent edits serialise and neither is computed from a stale order. `edit` may throw
   * to refuse the change; nothing is written then. Returns false when the list does not exist.
   */
  async editOrder(
    listId: number,
    edit: (order: number[], list: { positionId: number }) => number[],
  ): Promise<boolean> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const [list] = await tx.$queryRaw<Array<{ positionId: number }>>`
        SELECT "positionId" FROM "RankingList" WHERE id = ${listId} FOR UPDATE`;
      if (!list) return false;
      const current = (
        await tx.ranking.findMany({
          where: { listId },
          orderBy: { rank: 'asc' },
          select: { musicianId: true },
        })
      ).map((r) => r.musicianId);
      const order = edit(current, list);
      await tx.ranking.deleteMany({ where: { listId, musicianId: { notIn: order } } });
      // Ranks are unique per list: move the rows out of the way, then write 1..n in one go.
      await tx.$executeRaw`UPDATE "Ranking" SET rank = -rank - 1 WHERE "listId" = ${listId}`;
      await tx.$executeRaw`
        INSERT INTO "Ranking" ("listId", "musicianId", rank, "updatedAt")
        SELECT ${listId}, m, r, now() FROM unnest(${order}::int[]) WITH ORDINALITY AS t(m, r)
        ON CONFLICT ("listId", "musicianId") DO UPDATE SET rank = EXCLUDED.rank, "updatedAt" = now()`;
      await tx.rankingList.update({ where: { id: listId }, data: { version: { increment: 1 } } });
      return true;
    });
  }
}
