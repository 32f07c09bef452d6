import { Injectable } from '@nestjs/common';

import { engagementSelect } from '#tutti/calendar';
import { TenantDb } from '#tutti/tenancy';

/** Event types the public sees; rehearsals, sectionals and board meetings are the members'. */
export const PUBLIC_TYPES = ['concert', 'social', 'other'] as const;

@Injectable()
export class CalendarRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  /** Published public events (and those cancelled after publication) ending after `from`. */
  async publicEvents(from: Date, take: number) {
    return (await this.tenantDb.client()).event.findMany({
      where: {
        endsAt: { gt: from },
        publishedAt: { not: null },
        status: { not: 'draft' },
        type: { in: [...PUBLIC_TYPES] },
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      include: { venue: true },
      take,
    });
  }

  async setFeedToken(musicianId: string, hash: string | null): Promise<boolean> {
    const { count } = await (
      await this.tenantDb.client()
    ).musician.updateMany({ where: { musicianId }, data: { calendarTokenHash: hash } });
    return count === 1;
  }

  /**
   * A member's calendar: the ensemble's events that are not drafts (members see rehearsals
   * too) unless they are a substitute only, and the events of the projects they accepted a
   * substitute request for (or the project itself when it has no events yet).
   */
  async memberFeed(hash: string, from: Date) {
    const db = await this.tenantDb.client();
    const m = await db.musician.findUnique({
      where: { calendarTokenHash: hash },
      select: { id: true, membershipStatus: true, firstName: true, isArchived: true },
    });
    if (!m || m.isArchived) return null;
    const member = m.membershipStatus !== 'substitute';
    const events = member
      ? await db.event.findMany({
          where: { endsAt: { gt: from }, status: { not: 'draft' } },
          orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          include: { venue: true },
          take: 1000,
        })
      : [];
    const engagements = await db.request.findMany({
      where: { musicianId: m.id, status: 'accepted' },
      select: engagementSelect(from),
      take: 500,
    });
    return { member: m, events, engagements };
  }
}
