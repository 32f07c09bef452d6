import { Injectable } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { currentTenant } from '#tutti/tenancy';

import { CalendarRepository, PUBLIC_TYPES } from './calendar.repository.js';
import { EventsRepository } from './events.repository.js';
import {
  eventPage,
  eventsPage,
  type Lang,
  linkPage,
  notice,
  pickLanguage,
  textOf,
} from './public-pages.js';
import { PublicSiteLinks } from './public-site-links.js';
import { WaitlistsService } from './waitlists.service.js';

export interface Rendered {
  status: number;
  html: string;
}

export interface Visitor {
  lang: unknown;
  acceptLanguage: string | undefined;
}

/** The ensemble's public site: its published events, each with its page and waitlist. */
@Injectable()
export class PublicPagesService {
  constructor(
    private readonly calendar: CalendarRepository,
    private readonly events: EventsRepository,
    private readonly waitlists: WaitlistsService,
    private readonly clock: Clock,
    private readonly siteLinks: PublicSiteLinks,
  ) {}

  async list(v: Visitor): Promise<Rendered> {
    const lang = this.lang(v);
    const rows = await this.calendar.publicEvents(this.clock.now(), 200);
    return {
      status: 200,
      html: eventsPage(currentTenant(), lang, rows, await this.siteLinks.links()),
    };
  }

  async event(slug: string, v: Visitor): Promise<Rendered> {
    const lang = this.lang(v);
    const e = await this.publicEvent(slug);
    if (!e)
      return { status: 404, html: notice(currentTenant(), lang, textOf(lang).notFound, true) };
    return { status: 200, html: await this.eventHtml(e, lang) };
  }

  async join(slug: string, body: Record<string, unknown>, v: Visitor): Promise<Rendered> {
    const lang = this.lang({ ...v, lang: body.lang ?? v.lang });
    const t = textOf(lang);
    const e = await this.publicEvent(slug);
    if (!e) return { status: 404, html: notice(currentTenant(), lang, t.notFound, true) };
    const outcome = await this.waitlists.join(slug, body, lang);
    switch (outcome) {
      case 'sent':
        return { status: 200, html: await this.eventHtml(e, lang, { text: t.checkEmail }) };
      case 'not-found':
        return { status: 404, html: notice(currentTenant(), lang, t.notFound, true) };
      case 'closed':
        return {
          status: 409,
          html: await this.eventHtml(e, lang, { text: t.closed, error: true }),
        };
      case 'email-invalid':
        return {
          status: 400,
          html: await this.eventHtml(e, lang, { text: t.emailInvalid, error: true }),
        };
      case 'consent-missing':
        return {
          status: 400,
          html: await this.eventHtml(e, lang, { text: t.consentMissing, error: true }),
        };
    }
  }

  async link(token: string, v: Visitor): Promise<Rendered> {
    const lang = this.lang(v);
    const view = await this.waitlists.show(token);
    if (view.kind === 'unknown') {
      return { status: 404, html: notice(currentTenant(), lang, textOf(lang).unknown, true) };
    }
    return {
      status: 200,
      html: linkPage(currentTenant(), lang, token, view.eventTitle, view.kind, view.status),
    };
  }

  async act(token: string, body: Record<string, unknown>, v: Visitor): Promise<Rendered> {
    const lang = this.lang({ ...v, lang: body.lang ?? v.lang });
    const t = textOf(lang);
    const done = await this.waitlists.act(token, body.action);
    switch (done.kind) {
      case 'confirmed':
        return {
          status: 200,
          html: notice(
            currentTenant(),
            lang,
            done.status === 'confirmed' ? t.confirmedPlace : t.confirmedWaiting(done.position),
          ),
        };
      case 'left':
        return { status: 200, html: notice(currentTenant(), lang, t.left) };
      case 'unknown':
        return { status: 404, html: notice(currentTenant(), lang, t.unknown, true) };
    }
  }

  private async eventHtml(
    e: NonNullable<Awaited<ReturnType<PublicPagesService['publicEvent']>>>,
    lang: Lang,
    flash?: { text: string; error?: boolean },
  ) {
    const open = e.capacity !== null && e.status === 'published' && e.endsAt > this.clock.now();
    const counts = await this.events.waitlistCounts(e.id);
    const full = e.capacity !== null && counts.confirmed >= e.capacity;
    return eventPage(
      currentTenant(),
      lang,
      e,
      open ? { kind: 'form', full } : { kind: 'closed' },
      flash,
    );
  }

  private async publicEvent(slug: string) {
    const e = await this.events.findBySlug(slug);
    const isPublic = (PUBLIC_TYPES as readonly string[]).includes(e?.type ?? '');
    return e && e.publishedAt && e.status !== 'draft' && isPublic ? e : null;
  }

  private lang(v: Visitor): Lang {
    return pickLanguage(v.lang, v.acceptLanguage, currentTenant().locale);
  }
}
