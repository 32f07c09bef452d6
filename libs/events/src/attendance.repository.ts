import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

import type { AttendanceStatus } from './dto/attendance.dto.js';

/** Members expected at rehearsals and concerts. */
const EXPECTED = ['active', 'leave_of_absence', 'audition'] as const;

const person = { select: { musicianId: true, firstName: true, lastName: true } } as const;

@Injectable()
export class AttendanceRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async event(eventId: string) {
    return (await this.tenantDb.client()).event.findUnique({ where: { eventId } });
  }

  /**
   * Who is expected (current members, of one section if asked) and anyone already marked,
   * with their marks, by name.
   */
  async roster(eventId: number, sectionId?: number) {
    const db = await this.tenantDb.client();
    const inSection = sectionId ? { sections: { some: { sectionId } } } : {};
    return db.musician.findMany({
      where: {
        ...inSection,
        OR: [
          { membershipStatus: { in: [...EXPECTED] }, isArchived: false },
          { attendance: { some: { eventId } } },
        ],
      },
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      select: {
        ...person.select,
        sections: { select: { section: { select: { name: true } } } },
        attendance: { where: { eventId } },
      },
    });
  }

  async musicianIds(publicIds: string[]) {
    const db = await this.tenantDb.client();
    return db.musician.findMany({
      where: { musicianId: { in: publicIds } },
      select: { id: true, musicianId: true },
    });
  }

  /** Every mark in one transaction: one row per member per event (the primary key). */
  async mark(
    eventId: number,
    marks: Array<{ musicianId: number; status: AttendanceStatus; reason: string | null }>,
    markedBy: string,
    now: Date,
  ) {
    const db = await this.tenantDb.client();
    await db.$transaction(async (tx) => {
      for (const m of marks)
        await tx.attendance.upsert({
          where: { eventId_musicianId: { eventId, musicianId: m.musicianId } },
          create: { eventId, ...m, markedBy, markedAt: now },
          // A mark without a reason keeps the one the member gave with their notice.
          update: { status: m.status, reason: m.reason ?? undefined, markedBy, markedAt: now },
        });
    });
  }

  /** Marks of events in [from, to) that were not cancelled, with each member's sections. */
  async marksBetween(from: Date, to: Date) {
    const db = await this.tenantDb.client();
    const where = { startsAt: { gte: from, lt: to }, status: { not: 'cancelled' as const } };
    const events = await db.event.count({ where });
    const marks = await db.attendance.findMany({
      where: { event: where },
      select: {
        status: true,
        event: { select: { startsAt: true } },
        musician: {
          select: {
            ...person.select,
            sections: { select: { section: { select: { id: true, name: true } } } },
          },
        },
      },
    });
    return { events, marks };
  }
}
