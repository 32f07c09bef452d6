import { Injectable } from '@nestjs/common';

import {
  Clock,
  cursorPage,
  decodeCursor,
  pageOf,
  type PageQuery,
  requestContext,
} from '#tutti/common';
import { type EmailNotice, SendEmailNotice } from '#tutti/messaging';
import { currentTenant, UnitOfWork } from '#tutti/tenancy';

import { type AnnouncementRow, AnnouncementsRepository } from './announcements.repository.js';
import {
  alreadyPublished,
  announcementNotFound,
  expiresInPast,
  sectionsNotFound,
} from './content.errors.js';
import type { CreateAnnouncementDto } from './dto/content.dto.js';

const SMS_LENGTH = 300;

/** Announcements to members: drafted, published to a fixed set of people, urgent ones sent. */
@Injectable()
export class AnnouncementsService {
  constructor(
    private readonly repo: AnnouncementsRepository,
    private readonly notices: SendEmailNotice,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  private view(a: AnnouncementRow, read: number) {
    return {
      announcementId: a.announcementId,
      title: a.title,
      body: a.body,
      isUrgent: a.isUrgent,
      status: a.status,
      sections: a.sections.map((s) => s.section),
      statuses: a.targetStatuses,
      publishedAt: a.publishedAt,
      expiresAt: a.expiresAt,
      recipients: a._count.recipients,
      read,
      createdAt: a.createdAt,
    };
  }

  async create(dto: CreateAnnouncementDto) {
    const sectionIds = [...new Set(dto.sectionIds ?? [])];
    const found = await this.repo.existingSections(sectionIds);
    if (found.length !== sectionIds.length)
      throw sectionsNotFound(sectionIds.filter((id) => !found.includes(id)));
    const expiresAt = dto.expiresAt ? new Date(dto.expiresAt) : null;
    if (expiresAt && expiresAt <= this.clock.now()) throw expiresInPast();
    const id = await this.repo.create({
      title: dto.title,
      body: dto.body,
      isUrgent: dto.isUrgent ?? false,
      targetStatuses: [...new Set(dto.statuses ?? [])],
      sectionIds,
      expiresAt,
      createdBy: requestContext.get()?.principal?.userId ?? null,
    });
    return dto.publish ? this.publish(id) : this.get(id);
  }

  /**
   * Fixes the recipients; an urgent one also goes out by email and SMS (queued, retried), in
   * the same transaction: published means its messages are on their way.
   */
  async publish(announcementId: string) {
    const published = await this.unitOfWork.run(() => this.publishNow(announcementId));
    if (!published) {
      const a = await this.get(announcementId);
      if (a.status !== 'draft') throw alreadyPublished();
      return a;
    }
    return this.get(announcementId);
  }

  /** Publishes and queues the urgent messages; false when it was not a draft. */
  private async publishNow(announcementId: string): Promise<boolean> {
    const published = await this.repo.publish(announcementId, this.clock.now());
    if (!published) return false;
    const { announcement: a, people } = published;
    if (a.isUrgent) {
      const from = currentTenant().name;
      const sms = `${from}: ${a.title}\n${a.body}`;
      await this.notices.executeMany(
        people.flatMap((p): EmailNotice[] => [
          {
            type: 'announcement',
            to: p.email,
            subject: `${from}: ${a.title}`,
            body: a.body,
            token: null,
          },
          ...(p.phone && !p.smsOptedOut
            ? [
                {
                  type: 'announcement' as const,
                  channel: 'sms' as const,
                  to: p.phone,
                  subject: a.title,
                  body: sms.length > SMS_LENGTH ? `${sms.slice(0, SMS_LENGTH - 1)}…` : sms,
                  token: null,
                },
              ]
            : []),
        ]),
      );
    }
    return true;
  }

  async archive(announcementId: string) {
    if (!(await this.repo.setStatus(announcementId, 'archived')))
      throw announcementNotFound(announcementId);
    return this.get(announcementId);
  }

  async deleteDraft(announcementId: string) {
    if (await this.repo.deleteDraft(announcementId)) return;
    await this.get(announcementId);
    throw alreadyPublished();
  }

  async get(announcementId: string) {
    const a = await this.repo.find(announcementId);
    if (!a) throw announcementNotFound(announcementId);
    const read = a.recipients.filter((r) => r.readAt).length;
    return {
      ...this.view(a, read),
      receipts: a.recipients.map((r) => ({
        musicianId: r.musician.musicianId,
        name: `${r.musician.firstName} ${r.musician.lastName}`,
        deliveredAt: r.deliveredAt,
        readAt: r.readAt,
      })),
    };
  }

  async list(q: PageQuery & { cursor?: string }) {
    const { page, size, skip } = pageOf(q);
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    const { items, total } = await this.repo.list({
      skip: after ? 0 : skip,
      take: size + 1,
      after,
    });
    const shown = cursorPage(items, size, (a) => ({ at: a.createdAt, id: a.id }));
    const reads = await this.repo.readCounts(shown.items.map((a) => a.id));
    return {
      ...shown,
      items: shown.items.map((a) => this.view(a, reads.get(a.id) ?? 0)),
      total,
      page,
      pageSize: size,
    };
  }
}
