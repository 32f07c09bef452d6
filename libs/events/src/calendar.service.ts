import { Injectable } from '@nestjs/common';

import { type CalendarEvent, engagementEvents, icalFeed, locationOf } from '#tutti/calendar';
import { Clock, DomainError, randomToken, sha256 } from '#tutti/common';
import { currentTenant, TenantUrls } from '#tutti/tenancy';

import { CalendarRepository } from './calendar.repository.js';

/** How far back the feeds reach: a month of past events stays in subscribed calendars. */
const PAST_DAYS = 31;

@Injectable()
export class CalendarService {
  constructor(
    private readonly repo: CalendarRepository,
    private readonly urls: TenantUrls,
    private readonly clock: Clock,
  ) {}

  async publicFeed(): Promise<string> {
    const now = this.clock.now();
    const rows = await this.repo.publicEvents(this.since(now), 1000);
    return this.feed(
      rows.map((e) => ({
        uid: e.eventId,
        title: e.title,
        status: e.status,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        description: e.description,
        location: locationOf(e.venue),
        updatedAt: e.updatedAt,
      })),
      now,
    );
  }

  /** Null for an unknown or revoked link. */
  async memberFeed(token: string): Promise<string | null> {
    const now = this.clock.now();
    const data = await this.repo.memberFeed(sha256(token), this.since(now));
    if (!data) return null;
    const items = new Map<string, CalendarEvent>();
    for (const e of data.events) {
      items.set(e.eventId, {
        uid: e.eventId,
        title: e.title,
        status: e.status,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        description: e.description,
        location: locationOf(e.venue),
        updatedAt: e.updatedAt,
      });
    }
    // An engagement's event replaces the band's own copy of it: it names the part played.
    for (const r of data.engagements) for (const e of engagementEvents(r)) items.set(e.uid, e);
    return this.feed(
      [...items.values()].sort((a, b) => +a.startsAt - +b.startsAt),
      now,
    );
  }

  /** A new secret feed address for a member; any earlier one stops working. Shown once. */
  async issue(musicianId: string) {
    const token = randomToken();
    if (!(await this.repo.setFeedToken(musicianId, sha256(token)))) throw notFound(musicianId);
    return { url: `${this.urls.tenant(currentTenant().subdomain)}/calendar/m/${token}.ics` };
  }

  async revoke(musicianId: string) {
    if (!(await this.repo.setFeedToken(musicianId, null))) throw notFound(musicianId);
  }

  private feed(events: CalendarEvent[], now: Date) {
    const t = currentTenant();
    return icalFeed(t.name, t.timeZone, `${t.subdomain}.tutti`, events, now);
  }

  private since(now: Date) {
    return new Date(now.getTime() - PAST_DAYS * 86_400_000);
  }
}

const notFound = (id: string) =>
  new DomainError('musician/not-found', 'not_found', `No musician ${id}`);
