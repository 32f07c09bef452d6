import { Injectable } from '@nestjs/common';

import { Clock, DomainError, randomToken, sha256 } from '#tutti/common';
import { currentTenant, TenantUrls } from '#tutti/tenancy';

import { memberPage, memberText } from './member-page.js';
import { MemberPageSections } from './member-page-sections.js';
import { BY_MEMBER, MemberPagesRepository } from './member-pages.repository.js';
import { type Lang, notice, pickLanguage } from './public-pages.js';
import type { Rendered, Visitor } from './public-pages.service.js';

/**
 * A member's own page behind a secret link (no account): their coming events, where they give
 * notice of an absence with a reason before the event, or take it back.
 */
@Injectable()
export class MemberPagesService {
  constructor(
    private readonly repo: MemberPagesRepository,
    private readonly urls: TenantUrls,
    private readonly clock: Clock,
    private readonly sections: MemberPageSections,
  ) {}

  /** A new link for the member (shown once; the old one stops working). */
  async issue(musicianId: string) {
    const token = randomToken();
    if (!(await this.repo.setLinkHash(musicianId, sha256(token)))) throw notFound(musicianId);
    return { url: `${this.urls.tenant(currentTenant().subdomain)}/m/${token}` };
  }

  async revoke(musicianId: string) {
    if (!(await this.repo.setLinkHash(musicianId, null))) throw notFound(musicianId);
  }

  async show(
    token: string,
    v: Visitor,
    flash?: { text: string; error?: boolean },
  ): Promise<Rendered> {
    const lang = this.lang(v);
    const m = await this.repo.member(sha256(token));
    if (!m) return this.unknown(lang);
    const now = this.clock.now();
    const rows = await this.repo.comingEvents(m.id, now);
    const events = rows
      // An event under way can no longer be told about ahead.
      .filter((e) => e.startsAt > now)
      .map((e) => {
        const [mark] = e.attendance;
        const own = mark?.markedBy === BY_MEMBER;
        return {
          ...e,
          notice: own ? { reason: mark.reason } : null,
          marked: mark && !own ? mark.status : null,
        };
      });
    return {
      status: flash?.error ? 409 : 200,
      html: memberPage(
        currentTenant(),
        lang,
        token,
        m.firstName,
        events,
        flash,
        await this.sections.render(m, { token, lang }),
      ),
    };
  }

  async act(token: string, body: Record<string, unknown>, v: Visitor): Promise<Rendered> {
    const visitor = { ...v, lang: body.lang ?? v.lang };
    const lang = this.lang(visitor);
    const t = memberText(lang);
    const m = await this.repo.member(sha256(token));
    if (!m) return this.unknown(lang);
    const e = typeof body.eventId === 'string' ? await this.repo.event(body.eventId) : null;
    const now = this.clock.now();
    if (!e || e.status === 'draft') return this.unknown(lang);
    if (e.startsAt <= now || e.status === 'cancelled')
      return this.show(token, visitor, { text: t.tooLate, error: true });
    if (body.action === 'absent') {
      const reason =
        typeof body.reason === 'string' ? body.reason.trim().slice(0, 500) || null : null;
      const saved = await this.repo.giveNotice(e.id, m.id, reason, now);
      return this.show(
        token,
        visitor,
        saved ? { text: t.saved } : { text: t.tooLate, error: true },
      );
    }
    if (body.action === 'withdraw') {
      await this.repo.withdrawNotice(e.id, m.id);
      return this.show(token, visitor, { text: t.withdrawn });
    }
    return this.unknown(lang);
  }

  private unknown(lang: Lang): Rendered {
    return { status: 404, html: notice(currentTenant(), lang, memberText(lang).unknown, true) };
  }

  private lang(v: Visitor): Lang {
    return pickLanguage(v.lang, v.acceptLanguage, currentTenant().locale);
  }
}

const notFound = (id: string) =>
  new DomainError('musician/not-found', 'not_found', `No musician ${id}`);
