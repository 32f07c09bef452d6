import { Injectable } from '@nestjs/common';

import { pageOf } from '#tutti/common';

import type { AddRankingDto, CreateRankingListDto, ListRankingsQuery } from './dto/ranking.dto.js';
import {
  alreadyOnList,
  musicianNotFound,
  notOnList,
  notQualified,
  rankingListNotFound,
} from './rankings.errors.js';
import { type RankableMusician, RankingsRepository } from './rankings.repository.js';

/** Puts `id` at 1-based `rank` (clamped to the end) of `order`, which must not hold it. */
function insertAt(order: number[], id: number, rank: number | undefined): number[] {
  const next = [...order];
  next.splice(Math.min((rank ?? next.length + 1) - 1, next.length), 0, id);
  return next;
}

/** A/B/C ranking lists per position: who is asked first. Only qualified musicians are ranked. */
@Injectable()
export class RankingsService {
  constructor(private readonly repo: RankingsRepository) {}

  create(dto: CreateRankingListDto) {
    return this.repo.createList(dto.positionId, dto.listType, dto.description ?? null);
  }

  async lists(q: ListRankingsQuery) {
    const { page, size, skip } = pageOf(q);
    const { items, total } = await this.repo.listPage(
      { positionId: q.positionId },
      { skip, take: size },
    );
    return { items, total, page, pageSize: size };
  }

  async add(listId: number, dto: AddRankingDto) {
    const m = await this.musician(dto.musicianId);
    return this.edit(listId, (order, list) => {
      if (!m.qualifiedPositionIds.includes(list.positionId)) throw notQualified();
      if (order.includes(m.id)) throw alreadyOnList(m.musicianId);
      return insertAt(order, m.id, dto.rank);
    });
  }

  async move(listId: number, musicianId: string, rank: number) {
    const m = await this.musician(musicianId);
    return this.edit(listId, (order) => {
      if (!order.includes(m.id)) throw notOnList(musicianId);
      return insertAt(
        order.filter((id) => id !== m.id),
        m.id,
        rank,
      );
    });
  }

  async remove(listId: number, musicianId: string) {
    const m = await this.musician(musicianId);
    return this.edit(listId, (order) => {
      if (!order.includes(m.id)) throw notOnList(musicianId);
      return order.filter((id) => id !== m.id);
    });
  }

  private async musician(musicianId: string): Promise<RankableMusician> {
    const m = await this.repo.musician(musicianId);
    if (!m) throw musicianNotFound(musicianId);
    return m;
  }

  private async edit(
    listId: number,
    change: (order: number[], list: { positionId: number }) => number[],
  ) {
    if (!(await this.repo.editOrder(listId, change))) throw rankingListNotFound(listId);
    return (await this.repo.lists({ id: listId }))[0];
  }
}
