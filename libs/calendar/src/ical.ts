import icalGenerator, { ICalEventStatus } from 'ical-generator';

export interface CalendarEvent {
  uid: string;
  title: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  allDay?: boolean;
  description?: string | null;
  location?: string | null;
  updatedAt?: Date;
}

/**
 * An iCalendar feed (RFC 5545): times in UTC (valid without a VTIMEZONE), the ensemble's zone
 * named for clients that show it, stable UIDs per event, cancelled events as STATUS:CANCELLED
 * so a subscribed calendar removes or strikes them.
 */
export function icalFeed(
  name: string,
  timeZone: string,
  domain: string,
  events: CalendarEvent[],
  now: Date,
): string {
  const cal = icalGenerator({
    name,
    prodId: { company: 'Tutti', product: 'Tutti', language: 'SV' },
  });
  cal.x([{ key: 'X-WR-TIMEZONE', value: timeZone }]);
  for (const e of events) {
    cal.createEvent({
      id: `${e.uid}@${domain}`,
      summary: e.title,
      start: e.startsAt,
      end: e.endsAt,
      allDay: e.allDay ?? false,
      stamp: now,
      lastModified: e.updatedAt,
      description: e.description ?? undefined,
      location: e.location ?? undefined,
      status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}

export const locationOf = (
  v: { name: string; address: string | null; city: string | null } | null,
) => (v ? [v.name, v.address, v.city].filter(Boolean).join(', ') : null);

export interface EngagementRow {
  requestId: string;
  need: {
    position: { name: string; instrument: { name: string } };
    project: {
      name: string;
      startDate: Date;
      concertInfo: string | null;
      events: Array<{
        eventId: string;
        title: string;
        status: string;
        startsAt: Date;
        endsAt: Date;
        description: string | null;
        updatedAt: Date;
        venue: { name: string; address: string | null; city: string | null } | null;
      }>;
    };
  };
}

/**
 * What an accepted substitute request puts in a calendar: the project's events (rehearsals and
 * concerts, with the part played), or its first day when it has no events yet.
 */
export function engagementEvents(r: EngagementRow): CalendarEvent[] {
  const p = r.need.project;
  const part = `${r.need.position.instrument.name}, ${r.need.position.name}`;
  if (p.events.length === 0) {
    const day = new Date(p.startDate.toISOString().slice(0, 10) + 'T00:00:00Z');
    return [
      {
        uid: `engagement-${r.requestId}`,
        title: `${p.name} (${part})`,
        status: 'published',
        startsAt: day,
        endsAt: new Date(day.getTime() + 86_400_000),
        allDay: true,
        description: p.concertInfo,
      },
    ];
  }
  return p.events.map((e) => ({
    uid: e.eventId,
    title: `${e.title} (${part})`,
    status: e.status,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    description: e.description,
    location: locationOf(e.venue),
    updatedAt: e.updatedAt,
  }));
}

/** The select that reads an engagement for `engagementEvents`: events from `from` on. */
export const engagementSelect = (from: Date) => ({
  requestId: true as const,
  need: {
    select: {
      position: { select: { name: true, instrument: { select: { name: true } } } },
      project: {
        select: {
          name: true,
          startDate: true,
          concertInfo: true,
          events: {
            where: { status: { not: 'draft' as const }, endsAt: { gt: from } },
            orderBy: [{ startsAt: 'asc' as const }, { id: 'asc' as const }],
            include: { venue: true },
          },
        },
      },
    },
  },
});
