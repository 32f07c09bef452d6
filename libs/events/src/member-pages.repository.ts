import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

/** Who marks a notice given by the member through their own page. */
export const BY_MEMBER = 'member';

@Injectable()
export class MemberPagesRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async setLinkHash(musicianId: string, hash: string | null): Promise<boolean> {
    const { count } = await (
      await this.tenantDb.client()
    ).musician.updateMany({ where: { musicianId }, data: { memberLinkHash: hash } });
    return count === 1;
  }

  /** The member a link belongs to (not archived), or null. */
  async member(hash: string) {
    const m = await (
      await this.tenantDb.client()
    ).musician.findUnique({
      where: { memberLinkHash: hash },
      select: { id: true, firstName: true, isArchived: true },
    });
    return m && !m.isArchived ? m : null;
  }

  /** The band's next 60 events that are not drafts, with the member's own mark of each. */
  async comingEvents(musicianId: number, from: Date) {
    return (await this.tenantDb.client()).event.findMany({
      where: { status: { not: 'draft' }, startsAt: { gt: from } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: 60,
      select: {
        eventId: true,
        title: true,
        status: true,
        startsAt: true,
        endsAt: true,
        venue: { select: { name: true } },
        attendance: {
          where: { musicianId },
          select: { status: true, reason: true, markedBy: true },
        },
      },
    });
  }

  async event(eventId: string) {
    return (await this.tenantDb.client()).event.findUnique({
      where: { eventId },
      select: { id: true, status: true, startsAt: true },
    });
  }

  /**
   * The member's notice: excused, with the reason and when it was given. A mark a leader
   * already made is never replaced by the member (only a notice of their own is).
   */
  async giveNotice(eventId: number, musicianId: number, reason: string | null, at: Date) {
    const db = await this.tenantDb.client();
    const fields = {
      status: 'excused' as const,
      reason,
      noticeAt: at,
      markedAt: at,
      markedBy: BY_MEMBER,
    };
    const { count } = await db.attendance.updateMany({
      where: { eventId, musicianId, markedBy: BY_MEMBER },
      data: fields,
    });
    if (count === 1) return true;
    const created = await db.attendance.createMany({
      data: [{ eventId, musicianId, ...fields }],
      skipDuplicates: true,
    });
    return created.count === 1;
  }

  async withdrawNotice(eventId: number, musicianId: number) {
    await (
      await this.tenantDb.client()
    ).attendance.deleteMany({ where: { eventId, musicianId, markedBy: BY_MEMBER } });
  }
}
