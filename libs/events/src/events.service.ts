import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import {
  Clock,
  cursorPage,
  type CursorQuery,
  decodeCursor,
  pageOf,
  type PageQuery,
} from '#tutti/common';
import { currentTenant } from '#tutti/tenancy';

import type {
  CreateEventDto,
  CreateNoteDto,
  CreateSeriesDto,
  CreateVenueDto,
  ListEventsQuery,
  PieceDto,
  UpdateEventDto,
} from './dto/event.dto.js';
import {
  callAfterStart,
  cancelledIsFinal,
  emptySeries,
  endsBeforeStart,
  eventNotFound,
  libraryPieceNotFound,
  onlyDraftsDeleted,
  projectNotFound,
  sectionNotFound,
  seriesTooLong,
  venueNotFound,
} from './events.errors.js';
import { EventsRepository, type NewEvent } from './events.repository.js';
import { WaitlistsService } from './waitlists.service.js';
import { localDay, slugify, weeklyStarts } from './weekly-series.js';

/** Most events one series makes (a season of weekly rehearsals is ~40). */
export const MAX_SERIES = 60;

type EventRow = Awaited<ReturnType<EventsRepository['createEvents']>>[number];
type DetailRow = NonNullable<Awaited<ReturnType<EventsRepository['find']>>>;

export function eventView(e: EventRow) {
  return {
    id: e.eventId,
    slug: e.slug,
    title: e.title,
    type: e.type,
    status: e.status,
    description: e.description,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    callTime: e.callTime,
    dressCode: e.dressCode,
    capacity: e.capacity,
    venue: e.venue,
    project: e.project ? { id: e.project.projectId, name: e.project.name } : null,
    seriesId: e.seriesId,
  };
}

@Injectable()
export class EventsService {
  constructor(
    private readonly repo: EventsRepository,
    private readonly waitlists: WaitlistsService,
    private readonly clock: Clock,
  ) {}

  async venues(q: PageQuery) {
    const { page, size, skip } = pageOf(q);
    const { items, total } = await this.repo.venues({ skip, take: size });
    return { items, total, page, pageSize: size };
  }

  createVenue(dto: CreateVenueDto) {
    return this.repo.createVenue(dto);
  }

  async create(dto: CreateEventDto) {
    const [row] = await this.repo.createEvents([await this.newEvent(dto, null)]);
    return eventView(row);
  }

  /** A weekly series (rehearsals) made in one go: all events or none. */
  async createSeries(dto: CreateSeriesDto) {
    const base = await this.newEvent(dto, randomUUID());
    const zone = currentTenant().timeZone;
    const starts = weeklyStarts(
      base.startsAt,
      dto.repeatWeeklyUntil,
      dto.except ?? [],
      zone,
      MAX_SERIES,
    );
    if (!starts) throw seriesTooLong(MAX_SERIES);
    if (starts.length === 0) throw emptySeries();
    const shift = (d: Date | null, by: number) => (d ? new Date(d.getTime() + by) : null);
    const rows = starts.map((start): NewEvent => {
      const by = start.getTime() - base.startsAt.getTime();
      return {
        ...base,
        startsAt: start,
        endsAt: shift(base.endsAt, by)!,
        callTime: shift(base.callTime, by),
        // A slug asked for names the first; the others are numbered after it by date.
        slug: {
          base: `${'exact' in base.slug ? base.slug.exact : slugify(dto.title)}-${localDay(start, zone)}`,
        },
      };
    });
    return { items: (await this.repo.createEvents(rows)).map(eventView) };
  }

  async list(q: ListEventsQuery) {
    const { page, size, skip } = pageOf(q);
    const projectId = q.projectId ? await this.projectId(q.projectId) : undefined;
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    const { items, total } = await this.repo.list(
      {
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        type: q.type,
        status: q.status,
        projectId,
      },
      // One row more than asked says whether there is a next page.
      { skip: after ? 0 : skip, take: size + 1, after },
    );
    const shown = cursorPage(items, size, (e) => ({ at: e.startsAt, id: e.id }));
    return { ...shown, items: shown.items.map(eventView), total, page, pageSize: size };
  }

  async get(eventId: string) {
    return this.detail(await this.row(eventId));
  }

  async update(eventId: string, dto: UpdateEventDto) {
    const e = await this.row(eventId);
    const startsAt = dto.startsAt ? new Date(dto.startsAt) : e.startsAt;
    const endsAt = dto.endsAt ? new Date(dto.endsAt) : e.endsAt;
    const callTime =
      dto.callTime === undefined
        ? e.callTime
        : dto.callTime === null
          ? null
          : new Date(dto.callTime);
    this.checkTimes(startsAt, endsAt, callTime);
    if (e.status === 'cancelled' && dto.status && dto.status !== 'cancelled') {
      throw cancelledIsFinal();
    }
    if (dto.venueId) await this.checkVenue(dto.venueId);
    const now = this.clock.now();
    await this.repo.update(e.id, {
      title: dto.title,
      type: dto.type,
      status: dto.status,
      startsAt,
      endsAt,
      callTime,
      dressCode: dto.dressCode,
      description: dto.description,
      venueId: dto.venueId,
      capacity: dto.capacity,
      projectId:
        dto.projectId === undefined
          ? undefined
          : dto.projectId === null
            ? null
            : await this.projectId(dto.projectId),
      ...(dto.status === 'published' && !e.publishedAt ? { publishedAt: now } : {}),
      ...(dto.status === 'cancelled' && !e.cancelledAt ? { cancelledAt: now } : {}),
    });
    // More places (or none to count): they go to the people waiting, who are told.
    const raised =
      dto.capacity !== undefined &&
      (dto.capacity === null || (e.capacity !== null && dto.capacity > e.capacity));
    if (raised) await this.waitlists.fillPlaces(e.id, dto.title ?? e.title);
    return this.get(eventId);
  }

  async setProgramme(eventId: string, pieces: PieceDto[]) {
    const e = await this.row(eventId);
    const wanted = [...new Set(pieces.flatMap((p) => (p.pieceId ? [p.pieceId] : [])))];
    const library = await this.repo.libraryPieces(wanted);
    const missing = pieces.findIndex((p) => p.pieceId && !library.has(p.pieceId));
    if (missing >= 0) throw libraryPieceNotFound(pieces[missing].pieceId!, missing);
    await this.repo.setProgramme(
      e.id,
      pieces.map((p) => ({ ...p, pieceId: p.pieceId ? library.get(p.pieceId)! : null })),
    );
    return this.get(eventId);
  }

  async addNote(eventId: string, dto: CreateNoteDto) {
    const e = await this.row(eventId);
    if (dto.sectionId && !(await this.repo.sectionExists(dto.sectionId))) {
      throw sectionNotFound(dto.sectionId);
    }
    await this.repo.addNote(e.id, dto.body, dto.sectionId ?? null);
    return this.get(eventId);
  }

  async waitlist(eventId: string, q: CursorQuery) {
    const e = await this.row(eventId);
    return this.waitlists.list(e.id, q);
  }

  async removeFromWaitlist(eventId: string, entryId: string) {
    const e = await this.row(eventId);
    await this.waitlists.remove(e.id, e.title, entryId);
  }

  async deleteDraft(eventId: string) {
    if (await this.repo.deleteDraft(eventId)) return;
    await this.row(eventId); // 404 when there is no such event
    throw onlyDraftsDeleted();
  }

  private async row(eventId: string) {
    const e = await this.repo.find(eventId);
    if (!e) throw eventNotFound(eventId);
    return e;
  }

  async detail(e: DetailRow) {
    return {
      ...eventView(e),
      programme: e.programme.map((p) => ({
        position: p.position,
        title: p.title,
        composer: p.composer,
        pieceId: p.piece?.pieceId ?? null,
      })),
      notes: e.notes.map((n) => ({
        id: n.id,
        body: n.body,
        section: n.section ? { id: n.section.id, name: n.section.name } : null,
        createdAt: n.createdAt,
      })),
      places: await this.repo.waitlistCounts(e.id),
    };
  }

  private async newEvent(dto: CreateEventDto, seriesId: string | null): Promise<NewEvent> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const callTime = dto.callTime ? new Date(dto.callTime) : null;
    this.checkTimes(startsAt, endsAt, callTime);
    if (dto.venueId) await this.checkVenue(dto.venueId);
    const status = dto.status ?? 'draft';
    return {
      title: dto.title,
      type: dto.type,
      status,
      startsAt,
      endsAt,
      callTime,
      dressCode: dto.dressCode ?? null,
      description: dto.description ?? null,
      venueId: dto.venueId ?? null,
      capacity: dto.capacity ?? null,
      projectId: dto.projectId ? await this.projectId(dto.projectId) : null,
      seriesId,
      publishedAt: status === 'published' ? this.clock.now() : null,
      slug: dto.slug
        ? { exact: dto.slug }
        : { base: `${slugify(dto.title)}-${localDay(startsAt, currentTenant().timeZone)}` },
    };
  }

  private checkTimes(startsAt: Date, endsAt: Date, callTime: Date | null) {
    if (endsAt <= startsAt) throw endsBeforeStart();
    if (callTime && callTime > startsAt) throw callAfterStart();
  }

  private async checkVenue(id: number) {
    if (!(await this.repo.venueExists(id))) throw venueNotFound(id);
  }

  private async projectId(publicId: string) {
    const id = await this.repo.projectIdOf(publicId);
    if (!id) throw projectNotFound(publicId);
    return id;
  }
}
