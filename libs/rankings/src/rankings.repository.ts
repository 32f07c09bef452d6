import { Injectable } from '@nestjs/common';
import { TenantDb } from '#tutti/tenancy';

@Injectable()
export class RankingsRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async createList(positionId: number, listType: string, description: string | null) {
    return (await this.tenantDb.client()).rankingList.create({
      data: { positionId, listType, description },
    });
  }

  async lists(positionId?: number) {
    return (await this.tenantDb.client()).rankingList.findMany({
      where: positionId ? { positionId } : {},
      orderBy: [{ positionId: 'asc' }, { listType: 'asc' }],
      include: {
        rankings: {
          orderBy: { rank: 'asc' },
          include: { musician: { select: { musicianId: true, firstName: true, lastName: true } } },
        },
      },
    });
  }

  async list(id: number) {
    return (await this.tenantDb.client()).rankingList.findUnique({ where: { id } });
  }

  async musicianWithQualifications(musicianId: string) {
    return (await this.tenantDb.client()).musician.findUnique({
      where: { musicianId },
      include: { qualifications: true },
    });
  }

  /**
   * Rewrites a list's order in one transaction. Ranks are unique per list, so the rows first
   * move to negative ranks and then take 1..n, never colliding on the way.
   */
  async reorder(listId: number, order: number[]): Promise<void> {
    const db = await this.tenantDb.client();
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "RankingList" WHERE id = ${listId} FOR UPDATE`;
      await tx.ranking.deleteMany({ where: { listId, musicianId: { notIn: order } } });
      await tx.$executeRaw`UPDATE "Ranking" SET rank = -rank - 1 WHERE "listId" = ${listId}`;
      for (const [i, musicianId] of order.entries()) {
        await tx.ranking.upsert({
          where: { listId_musicianId: { listId, musicianId } },
          create: { listId, musicianId, rank: i + 1 },
          update: { rank: i + 1 },
        });
      }
      await tx.rankingList.update({ where: { id: listId }, data: { version: { increment: 1 } } });
    });
  }

  async currentOrder(listId: number): Promise<number[]> {
    const rows = await (
      await this.tenantDb.client()
    ).ranking.findMany({
      where: { listId },
      orderBy: { rank: 'asc' },
      select: { musicianId: true },
    });
    return rows.map((r) => r.musicianId);
  }
}
