import { Injectable, type OnModuleInit } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { esc } from '#tutti/dispatch';
import {
  type Lang,
  type MemberPageSection,
  MemberPageSections,
  type MemberRef,
} from '#tutti/events';

import { AnnouncementsRepository } from './announcements.repository.js';

const T = {
  sv: { title: 'Meddelanden', read: 'Markera som läst', urgent: 'Viktigt', unread: 'Nytt' },
  en: { title: 'Announcements', read: 'Mark as read', urgent: 'Urgent', unread: 'New' },
};

/**
 * A member's inbox on their own page: the announcements that reached them, newest first;
 * "Mark as read" records the read receipt.
 */
@Injectable()
export class MemberInboxSection implements MemberPageSection, OnModuleInit {
  constructor(
    private readonly sections: MemberPageSections,
    private readonly repo: AnnouncementsRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.sections.add(this);
  }

  async render(member: MemberRef, { token, lang }: { token: string; lang: Lang }): Promise<string> {
    const rows = await this.repo.inbox(member.id, this.clock.now());
    if (rows.length === 0) return '';
    const t = T[lang];
    const items = rows.map(({ announcement: a, readAt }) => {
      const badges = `${a.isUrgent ? ` <span class="cancelled">${t.urgent}</span>` : ''}${readAt ? '' : ` <span>· ${t.unread}</span>`}`;
      const form = readAt
        ? ''
        : `<form method="post" action="/m/${esc(token)}/announcements/${esc(a.announcementId)}/read"><input type="hidden" name="lang" value="${lang}"><button type="submit">${t.read}</button></form>`;
      return `<li><strong>${esc(a.title)}</strong>${badges}<p style="white-space:pre-line">${esc(a.body)}</p>${form}</li>`;
    });
    return `<h2 id="announcements">${t.title}</h2><ul class="events inbox">${items.join('')}</ul>`;
  }

  /** Records the receipt; where to go next (back to the inbox, or the page saying the link is unknown). */
  async markRead(token: string, announcementId: string, lang: unknown): Promise<string> {
    const page = `/m/${encodeURIComponent(token)}`;
    const member = await this.sections.member(token);
    if (!member) return page;
    await this.repo.markRead(member.id, announcementId, this.clock.now());
    return `${page}${lang === 'en' || lang === 'sv' ? `?lang=${lang}` : ''}#announcements`;
  }
}
