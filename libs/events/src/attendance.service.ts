import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';

import { Clock, requestContext } from '#tutti/common';
import { safeCell } from '#tutti/musicians';
import { currentTenant } from '#tutti/tenancy';

import { AttendanceRepository } from './attendance.repository.js';
import { type Mark, statsOf } from './attendance-stats.js';
import type { AttendanceMarkDto, StatsQuery } from './dto/attendance.dto.js';
import { eventNotFound, periodBackwards, unknownMembers } from './events.errors.js';
import { zoneOffsetMinutes } from './weekly-series.js';

/** Midnight of a local day in the ensemble's zone, as an instant. */
function startOfLocalDay(day: string, timeZone: string): Date {
  const utc = new Date(`${day}T00:00:00Z`);
  return new Date(utc.getTime() - zoneOffsetMinutes(utc, timeZone) * 60_000);
}

@Injectable()
export class AttendanceService {
  constructor(
    private readonly repo: AttendanceRepository,
    private readonly clock: Clock,
  ) {}

  async roster(eventId: string, sectionId?: number) {
    const e = await this.event(eventId);
    const rows = await this.repo.roster(e.id, sectionId);
    return {
      eventId,
      items: rows.map((m) => {
        const mark = m.attendance[0];
        return {
          member: { id: m.musicianId, firstName: m.firstName, lastName: m.lastName },
          sections: m.sections.map((s) => s.section.name),
          status: mark?.status ?? null,
          reason: mark?.reason ?? null,
          noticeAt: mark?.noticeAt ?? null,
          markedAt: mark?.markedAt ?? null,
        };
      }),
    };
  }

  /** Marks many members at once (a section leader on a phone); all or none are saved. */
  async mark(eventId: string, marks: AttendanceMarkDto[], sectionId?: number) {
    const e = await this.event(eventId);
    const ids = [...new Set(marks.map((m) => m.musicianId))];
    const found = await this.repo.musicianIds(ids);
    const internal = new Map(found.map((f) => [f.musicianId, f.id]));
    const missing = ids.filter((id) => !internal.has(id));
    if (missing.length) throw unknownMembers(missing);
    const by = requestContext.get()?.principal?.userId ?? 'unknown';
    // The last mark of a member in one request wins.
    const last = new Map(marks.map((m) => [m.musicianId, m]));
    await this.repo.mark(
      e.id,
      [...last.values()].map((m) => ({
        musicianId: internal.get(m.musicianId)!,
        status: m.status,
        reason: m.reason ?? null,
      })),
      by,
      this.clock.now(),
    );
    return this.roster(eventId, sectionId);
  }

  async stats(q: StatsQuery) {
    if (q.to < q.from) throw periodBackwards();
    const zone = currentTenant().timeZone;
    const from = startOfLocalDay(q.from, zone);
    const next = new Date(`${q.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const to = startOfLocalDay(next.toISOString().slice(0, 10), zone);
    const { events, marks } = await this.repo.marksBetween(from, to);
    const members = new Map<string, { who: (typeof marks)[number]['musician']; marks: Mark[] }>();
    const sections = new Map<number, { name: string; marks: Mark[] }>();
    for (const m of marks) {
      const mark = { status: m.status, at: m.event.startsAt };
      const entry = members.get(m.musician.musicianId) ?? { who: m.musician, marks: [] };
      entry.marks.push(mark);
      members.set(m.musician.musicianId, entry);
      for (const { section } of m.musician.sections) {
        const s = sections.get(section.id) ?? { name: section.name, marks: [] };
        s.marks.push(mark);
        sections.set(section.id, s);
      }
    }
    return {
      from: q.from,
      to: q.to,
      events,
      members: [...members.values()]
        .map(({ who, marks: ms }) => ({
          id: who.musicianId,
          firstName: who.firstName,
          lastName: who.lastName,
          ...statsOf(ms, from, to),
        }))
        .sort(
          (a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName),
        ),
      sections: [...sections.entries()]
        .map(([id, s]) => ({ id, name: s.name, ...statsOf(s.marks, from, to) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  /** The members' statistics as CSV for a spreadsheet (cells a spreadsheet will not run). */
  async statsCsv(q: StatsQuery): Promise<string> {
    const s = await this.stats(q);
    const pct = (r: number | null) => (r === null ? '' : String(Math.round(r * 100)));
    return stringify(
      s.members.map((m) => [
        m.lastName,
        m.firstName,
        m.events,
        m.present,
        m.late,
        m.leftEarly,
        m.absent,
        m.excused,
        pct(m.rate),
        pct(m.trend),
      ]),
      {
        header: true,
        columns: [
          'lastName',
          'firstName',
          'events',
          'present',
          'late',
          'leftEarly',
          'absent',
          'excused',
          'ratePercent',
          'trendPoints',
        ],
        cast: { string: (v) => safeCell(v) },
        bom: true,
      },
    );
  }

  private async event(eventId: string) {
    const e = await this.repo.event(eventId);
    if (!e) throw eventNotFound(eventId);
    return e;
  }
}
