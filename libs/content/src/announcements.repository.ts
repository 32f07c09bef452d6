import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

import type { MembershipStatus } from './dto/content.dto.js';

const listInclude = {
  sections: { include: { section: { select: { id: true, name: true } } } },
  _count: { select: { recipients: true } },
} as const;

/** Announcements, who they reached (fixed at publication) and who has read them. */
@Injectable()
export class AnnouncementsRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async existingSections(ids: number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const db = await this.tenantDb.client();
    return (await db.section.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(
      (s) => s.id,
    );
  }

  async create(data: {
    title: string;
    body: string;
    isUrgent: boolean;
    targetStatuses: MembershipStatus[];
    sectionIds: number[];
    expiresAt: Date | null;
    createdBy: string | null;
  }): Promise<string> {
    const db = await this.tenantDb.client();
    const { sectionIds, ...rest } = data;
    const row = await db.announcement.create({
      data: { ...rest, sections: { create: sectionIds.map((sectionId) => ({ sectionId })) } },
      select: { announcementId: true },
    });
    return row.announcementId;
  }

  /**
   * Publishes a draft and fixes its recipients in one transaction: members of the chosen
   * sections or statuses (active members when none is chosen), never archived or anonymised
   * people. Returns who was reached, or null when it was not a draft (a second press is a no-op).
   */
  async publish(announcementId: string, now: Date) {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const [a] = await tx.announcement.updateManyAndReturn({
        where: { announcementId, status: 'draft' },
        data: { status: 'published', publishedAt: now },
      });
      if (!a) return null;
      const sections = await tx.announcementSection.findMany({
        where: { announcementId: a.id },
        select: { sectionId: true },
      });
      const sectionIds = sections.map((s) => s.sectionId);
      const targets =
        sectionIds.length === 0 && a.targetStatuses.length === 0
          ? [{ membershipStatus: 'active' as const }]
          : [
              ...(sectionIds.length
                ? [{ sections: { some: { sectionId: { in: sectionIds } } } }]
                : []),
              ...(a.targetStatuses.length ? [{ membershipStatus: { in: a.targetStatuses } }] : []),
            ];
      const people = await tx.musician.findMany({
        where: { isArchived: false, anonymisedAt: null, OR: targets },
        select: { id: true, email: true, phone: true, smsOptedOut: true, preferredLanguage: true },
      });
      await tx.announcementRecipient.createMany({
        data: people.map((p) => ({ announcementId: a.id, musicianId: p.id, deliveredAt: now })),
      });
      return { announcement: a, people };
    });
  }

  async setStatus(announcementId: string, status: 'archived') {
    const db = await this.tenantDb.client();
    return (
      (await db.announcement.updateMany({ where: { announcementId }, data: { status } })).count ===
      1
    );
  }

  async deleteDraft(announcementId: string) {
    const db = await this.tenantDb.client();
    return (
      (await db.announcement.deleteMany({ where: { announcementId, status: 'draft' } })).count === 1
    );
  }

  async find(announcementId: string) {
    const db = await this.tenantDb.client();
    return db.announcement.findUnique({
      where: { announcementId },
      include: {
        ...listInclude,
        recipients: {
          include: { musician: { select: { musicianId: true, firstName: true, lastName: true } } },
          orderBy: [{ musician: { lastName: 'asc' } }, { musicianId: 'asc' }],
        },
      },
    });
  }

  async readCounts(ids: number[]): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const db = await this.tenantDb.client();
    const rows = await db.announcementRecipient.groupBy({
      by: ['announcementId'],
      where: { announcementId: { in: ids }, readAt: { not: null } },
      _count: { _all: true },
    });
    return new Map(rows.map((r) => [r.announcementId, r._count._all]));
  }

  async list(page: { skip: number; take: number; after?: { at: Date; id: number } }) {
    const db = await this.tenantDb.client();
    const keyset = page.after
      ? {
          OR: [
            { createdAt: { lt: page.after.at } },
            { createdAt: page.after.at, id: { lt: page.after.id } },
          ],
        }
      : {};
    const items = await db.announcement.findMany({
      where: keyset,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      include: listInclude,
      skip: page.skip,
      take: page.take,
    });
    return { items, total: await db.announcement.count() };
  }

  /** A member's inbox: published, not expired, newest first. */
  async inbox(musicianId: number, now: Date) {
    const db = await this.tenantDb.client();
    return db.announcementRecipient.findMany({
      where: {
        musicianId,
        announcement: {
          status: 'published',
          OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
        },
      },
      include: { announcement: true },
      orderBy: { deliveredAt: 'desc' },
      take: 20,
    });
  }

  /** The first reading counts; reading again changes nothing. */
  async markRead(musicianId: number, announcementId: string, now: Date): Promise<void> {
    const db = await this.tenantDb.client();
    await db.announcementRecipient.updateMany({
      where: { musicianId, readAt: null, announcement: { announcementId } },
      data: { readAt: now },
    });
  }
}

export type AnnouncementRow = Awaited<ReturnType<AnnouncementsRepository['list']>>['items'][number];
