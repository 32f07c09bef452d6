import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

import type { EventStatus, EventType } from './dto/event.dto.js';

export interface NewEvent {
  title: string;
  type: EventType;
  status: 'draft' | 'published';
  startsAt: Date;
  endsAt: Date;
  callTime: Date | null;
  dressCode: string | null;
  description: string | null;
  venueId: number | null;
  capacity: number | null;
  projectId: number | null;
  seriesId: string | null;
  publishedAt: Date | null;
  /** The slug asked for, or the base of one to make unique (`-2`, `-3` appended). */
  slug: { exact: string } | { base: string };
}

export interface EventFilter {
  from?: Date;
  to?: Date;
  type?: EventType;
  status?: EventStatus;
  projectId?: number;
}

const listInclude = {
  venue: true,
  project: { select: { projectId: true, name: true } },
} as const;

const detailInclude = {
  ...listInclude,
  programme: {
    orderBy: { position: 'asc' as const },
    include: { piece: { select: { pieceId: true } } },
  },
  notes: { orderBy: { id: 'asc' as const }, include: { section: true } },
} as const;

/** Venues, events, their programme and notes, in the current tenant's database. */
@Injectable()
export class EventsRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async venues(page: { skip: number; take: number }) {
    const db = await this.tenantDb.client();
    const items = await db.venue.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], ...page });
    return { items, total: await db.venue.count() };
  }

  async createVenue(data: {
    name: string;
    address?: string;
    city?: string;
    latitude?: number;
    longitude?: number;
    directions?: string;
    parking?: string;
    capacity?: number;
  }) {
    return (await this.tenantDb.client()).venue.create({ data });
  }

  async venueExists(id: number): Promise<boolean> {
    return !!(await (await this.tenantDb.client()).venue.findUnique({ where: { id } }));
  }

  async sectionExists(id: number): Promise<boolean> {
    return !!(await (await this.tenantDb.client()).section.findUnique({ where: { id } }));
  }

  async projectIdOf(publicId: string): Promise<number | null> {
    const db = await this.tenantDb.client();
    return (
      (await db.project.findUnique({ where: { projectId: publicId }, select: { id: true } }))?.id ??
      null
    );
  }

  /** Creates all or none. Slugs made from titles are made unique under one lock. */
  async createEvents(rows: NewEvent[]) {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(7268011)`;
      const created = [];
      for (const { slug, ...data } of rows) {
        let chosen: string;
        if ('exact' in slug) chosen = slug.exact;
        else {
          const taken = new Set(
            (
              await tx.event.findMany({
                where: { slug: { startsWith: slug.base } },
                select: { slug: true },
              })
            ).map((e) => e.slug),
          );
          chosen = slug.base;
          for (let n = 2; taken.has(chosen); n++) chosen = `${slug.base}-${n}`;
        }
        created.push(
          await tx.event.create({ data: { ...data, slug: chosen }, include: listInclude }),
        );
      }
      return created;
    });
  }

  async list(
    filter: EventFilter,
    { after, ...page }: { skip: number; take: number; after?: { at: Date; id: number } },
  ) {
    const db = await this.tenantDb.client();
    const where = {
      ...(filter.from ? { endsAt: { gt: filter.from } } : {}),
      ...(filter.to ? { startsAt: { lt: filter.to } } : {}),
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.projectId ? { projectId: filter.projectId } : {}),
    };
    const keyset = after
      ? { OR: [{ startsAt: { gt: after.at } }, { startsAt: after.at, id: { gt: after.id } }] }
      : {};
    const items = await db.event.findMany({
      where: { ...where, ...keyset },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      include: listInclude,
      ...page,
    });
    return { items, total: await db.event.count({ where }) };
  }

  /** Deletes a draft (its programme, notes and marks go with it); false when not a draft. */
  async deleteDraft(eventId: string): Promise<boolean> {
    const { count } = await (
      await this.tenantDb.client()
    ).event.deleteMany({ where: { eventId, status: 'draft' } });
    return count === 1;
  }

  async find(eventId: string) {
    return (await this.tenantDb.client()).event.findUnique({
      where: { eventId },
      include: detailInclude,
    });
  }

  async findBySlug(slug: string) {
    return (await this.tenantDb.client()).event.findUnique({
      where: { slug },
      include: detailInclude,
    });
  }

  /** How many entries of an event's waitlist are in each state. */
  async waitlistCounts(eventId: number) {
    const db = await this.tenantDb.client();
    const rows = await db.waitlistEntry.groupBy({
      by: ['status'],
      where: { eventId },
      _count: { _all: true },
    });
    const count = (s: string) => rows.find((r) => r.status === s)?._count._all ?? 0;
    return { confirmed: count('confirmed'), waiting: count('waiting'), pending: count('pending') };
  }

  async update(
    id: number,
    data: Partial<{
      title: string;
      type: EventType;
      status: EventStatus;
      startsAt: Date;
      endsAt: Date;
      callTime: Date | null;
      dressCode: string | null;
      description: string | null;
      venueId: number | null;
      capacity: number | null;
      projectId: number | null;
      publishedAt: Date | null;
      cancelledAt: Date | null;
    }>,
  ) {
    await (await this.tenantDb.client()).event.update({ where: { id }, data });
  }

  /** The library's pieces by public id: internal ids of those that exist. */
  async libraryPieces(pieceIds: string[]): Promise<Map<string, number>> {
    if (pieceIds.length === 0) return new Map();
    const rows = await (
      await this.tenantDb.client()
    ).musicPiece.findMany({
      where: { pieceId: { in: pieceIds } },
      select: { id: true, pieceId: true },
    });
    return new Map(rows.map((r) => [r.pieceId, r.id]));
  }

  async setProgramme(
    eventId: number,
    pieces: Array<{ title: string; composer?: string; pieceId: number | null }>,
  ) {
    const db = await this.tenantDb.client();
    await db.$transaction(async (tx) => {
      await tx.eventPiece.deleteMany({ where: { eventId } });
      await tx.eventPiece.createMany({
        data: pieces.map((p, i) => ({
          eventId,
          position: i + 1,
          title: p.title,
          composer: p.composer ?? null,
          pieceId: p.pieceId,
        })),
      });
    });
  }

  async addNote(eventId: number, body: string, sectionId: number | null) {
    await (await this.tenantDb.client()).eventNote.create({ data: { eventId, body, sectionId } });
  }

  /** Published events (and published ones since cancelled) from a time on: the public calendar. */
  async publicEvents(from: Date, take: number) {
    return (await this.tenantDb.client()).event.findMany({
      where: { endsAt: { gt: from }, publishedAt: { not: null }, status: { not: 'draft' } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      include: { venue: true },
      take,
    });
  }
}
