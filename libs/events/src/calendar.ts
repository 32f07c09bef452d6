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
