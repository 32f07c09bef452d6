import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';

import {
  Clock,
  cursorPage,
  type CursorQuery,
  decodeCursor,
  DomainError,
  pageOf,
  randomToken,
  sha256,
} from '#tutti/common';
import { SendEmailNotice, TOKEN_MARK } from '#tutti/messaging';
import { currentTenant, TenantUrls, UnitOfWork } from '#tutti/tenancy';

import type { Lang } from './public-pages.js';
import { type Promoted, WaitlistsRepository } from './waitlists.repository.js';

/** How long a confirmation link works. */
export const CONFIRM_HOURS = 24;

const MAIL = {
  sv: {
    confirm: (title: string) => `Bekräfta din anmälan: ${title}`,
    confirmBody: (title: string, link: string) =>
      `Hej!\n\nDu (eller någon med din adress) anmälde dig till ${title}. Bekräfta här (länken gäller ett dygn):\n\n${link}\n\nVar det inte du kan du strunta i det här mejlet; adressen tas bort av sig själv.`,
    place: (title: string) => `Du har en plats: ${title}`,
    placeBody: (title: string, link: string) =>
      `Hej!\n\nDu har en plats på ${title}. Kan du inte komma? Lämna platsen här så går den till nästa i kön:\n\n${link}`,
    waiting: (title: string) => `Du står i kö: ${title}`,
    waitingBody: (title: string, n: number, link: string) =>
      `Hej!\n\nDu står som nummer ${n} i kön till ${title}. Vi mejlar dig när en plats blir ledig. Vill du lämna kön gör du det här:\n\n${link}`,
    promoted: (title: string) => `En plats har blivit ledig åt dig: ${title}`,
    promotedBody: (title: string, link: string) =>
      `Hej!\n\nEn plats blev ledig och den är din: ${title}. Kan du inte komma? Lämna platsen här så går den vidare:\n\n${link}`,
  },
  en: {
    confirm: (title: string) => `Confirm your sign-up: ${title}`,
    confirmBody: (title: string, link: string) =>
      `Hello,\n\nYou (or someone with your address) signed up for ${title}. Confirm here (the link works for a day):\n\n${link}\n\nIf it was not you, ignore this email; the address is removed by itself.`,
    place: (title: string) => `You have a place: ${title}`,
    placeBody: (title: string, link: string) =>
      `Hello,\n\nYou have a place at ${title}. Cannot come? Leave your place here and it goes to the next person waiting:\n\n${link}`,
    waiting: (title: string) => `You are on the waitlist: ${title}`,
    waitingBody: (title: string, n: number, link: string) =>
      `Hello,\n\nYou are number ${n} on the waitlist for ${title}. We will email you when a place frees up. To leave the waitlist:\n\n${link}`,
    promoted: (title: string) => `A place has freed up for you: ${title}`,
    promotedBody: (title: string, link: string) =>
      `Hello,\n\nA place freed up and it is yours: ${title}. Cannot come? Leave it here and it goes on:\n\n${link}`,
  },
};

const newToken = () => {
  const token = randomToken();
  return { token, hash: sha256(token) };
};

export type JoinOutcome = 'sent' | 'closed' | 'email-invalid' | 'consent-missing' | 'not-found';
export type LinkView =
  { kind: 'confirm' | 'leave'; status: string; eventTitle: string } | { kind: 'unknown' };
export type ActOutcome =
  | { kind: 'confirmed'; status: 'confirmed' | 'waiting'; position: number }
  | { kind: 'left' }
  | { kind: 'unknown' };

/**
 * Seed 001's waitlist for events with a capacity: join with an address and consent, confirm
 * by an emailed one-time link, get a place while there is one or wait in turn; a freed place
 * goes to the next person waiting, who is told by email.
 */
@Injectable()
export class WaitlistsService {
  constructor(
    private readonly repo: WaitlistsRepository,
    private readonly mail: SendEmailNotice,
    private readonly urls: TenantUrls,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** Each change below commits with the emails it causes (through the outbox), or not at all. */
  join(
    slug: string,
    input: { email?: unknown; consent?: unknown },
    lang: Lang,
  ): Promise<JoinOutcome> {
    return this.unitOfWork.run(() => this.joinNow(slug, input, lang));
  }

  act(token: string, action: unknown): Promise<ActOutcome> {
    return this.unitOfWork.run(() => this.actNow(token, action));
  }

  remove(eventId: number, eventTitle: string, entryId: string): Promise<void> {
    return this.unitOfWork.run(() => this.removeNow(eventId, eventTitle, entryId));
  }

  erase(email: string): Promise<number> {
    return this.unitOfWork.run(() => this.eraseNow(email));
  }

  fillPlaces(eventId: number, eventTitle: string): Promise<void> {
    return this.unitOfWork.run(() => this.fillPlacesNow(eventId, eventTitle));
  }

  private async joinNow(
    slug: string,
    input: { email?: unknown; consent?: unknown },
    lang: Lang,
  ): Promise<JoinOutcome> {
    const event = await this.repo.publicEvent(slug);
    if (!event || event.status === 'draft') return 'not-found';
    const now = this.clock.now();
    if (event.status === 'cancelled' || event.capacity === null || event.endsAt <= now)
      return 'closed';
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    if (email.length > 254 || !isEmail(email)) return 'email-invalid';
    if (!['yes', 'on', 'true', true].includes(input.consent as string | boolean)) {
      return 'consent-missing';
    }
    await this.repo.expire(now, event.id);
    const { token, hash } = newToken();
    const joined = await this.repo.join(event.id, {
      email,
      language: lang,
      consentAt: now,
      tokenHash: hash,
      expiresAt: new Date(now.getTime() + CONFIRM_HOURS * 3_600_000),
    });
    // An address already waiting or holding a place gets the same answer and no email: the
    // page does not tell a stranger who is on the list.
    if (joined) {
      const m = MAIL[lang];
      await this.mail.execute({
        type: 'waitlist',
        to: email,
        subject: m.confirm(event.title),
        body: m.confirmBody(event.title, this.link()),
        token,
      });
    }
    return 'sent';
  }

  async show(token: string): Promise<LinkView> {
    const hash = sha256(token);
    const now = this.clock.now();
    const pending = await this.repo.byConfirmToken(hash);
    if (pending && pending.confirmExpiresAt && pending.confirmExpiresAt > now) {
      return { kind: 'confirm', status: pending.status, eventTitle: pending.event.title };
    }
    const held = await this.repo.byLeaveToken(hash);
    if (held) return { kind: 'leave', status: held.status, eventTitle: held.event.title };
    return { kind: 'unknown' };
  }

  private async actNow(token: string, action: unknown): Promise<ActOutcome> {
    const hash = sha256(token);
    const now = this.clock.now();
    if (action === 'confirm') {
      const entry = await this.repo.byConfirmToken(hash);
      if (!entry) return { kind: 'unknown' };
      const leave = newToken();
      const done = await this.repo.confirm(entry.id, leave.hash, now);
      if (!done) return { kind: 'unknown' };
      const m = MAIL[entry.language === 'en' ? 'en' : 'sv'];
      const title = entry.event.title;
      await this.mail.execute({
        type: 'waitlist',
        to: entry.email,
        subject: done.status === 'confirmed' ? m.place(title) : m.waiting(title),
        body:
          done.status === 'confirmed'
            ? m.placeBody(title, this.link())
            : m.waitingBody(title, done.position, this.link()),
        token: leave.token,
      });
      return { kind: 'confirmed', ...done };
    }
    if (action === 'leave') {
      const entry = await this.repo.byLeaveToken(hash);
      if (!entry) return { kind: 'unknown' };
      const done = await this.repo.leave(entry.id, now, newToken);
      if (!done) return { kind: 'unknown' };
      await this.tellPromoted(entry.event.title, done.promoted);
      return { kind: 'left' };
    }
    return { kind: 'unknown' };
  }

  /** The owner's view of the list and its history, in the order people joined, by page. */
  async list(eventId: number, q: CursorQuery) {
    await this.repo.expire(this.clock.now(), eventId);
    const { page, size, skip } = pageOf(q);
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    const { items, total } = await this.repo.list(eventId, { after, skip, take: size + 1 });
    const shown = cursorPage(items, size, (r) => ({ at: r.createdAt, id: r.id }));
    return {
      ...shown,
      items: shown.items.map((r) => ({
        id: r.entryId,
        email: r.email,
        status: r.status,
        language: r.language,
        joinedAt: r.createdAt,
        consentAt: r.consentAt,
        emailConfirmedAt: r.emailConfirmedAt,
        placeGivenAt: r.placeGivenAt,
        leftAt: r.leftAt,
        expiredAt: r.expiredAt,
      })),
      total,
      page,
      pageSize: size,
    };
  }

  /** The owner takes someone off (on request, or erasure): a freed place goes on. */
  private async removeNow(eventId: number, eventTitle: string, entryId: string) {
    const entry = await this.repo.entry(eventId, entryId);
    if (!entry) throw new DomainError('waitlist/not-found', 'not_found', `No entry ${entryId}`);
    const done = await this.repo.leave(entry.id, this.clock.now(), newToken);
    if (done) await this.tellPromoted(eventTitle, done.promoted);
  }

  /** Erases everything a person has on waitlists; places they held go on. Returns how many. */
  private async eraseNow(email: string): Promise<number> {
    const erased = await this.repo.erase(email.trim().toLowerCase(), this.clock.now(), newToken);
    for (const e of erased) await this.tellPromoted(e.title, e.promoted);
    return erased.length;
  }

  /** After the capacity was raised: the places go to the people waiting. */
  private async fillPlacesNow(eventId: number, eventTitle: string) {
    await this.tellPromoted(
      eventTitle,
      await this.repo.fillPlaces(eventId, this.clock.now(), newToken),
    );
  }

  private async tellPromoted(title: string, promoted: Promoted[]) {
    for (const p of promoted) {
      const m = MAIL[p.language === 'en' ? 'en' : 'sv'];
      await this.mail.execute({
        type: 'waitlist',
        to: p.email,
        subject: m.promoted(title),
        body: m.promotedBody(title, this.link()),
        token: p.leaveToken,
      });
    }
  }

  private link() {
    return `${this.urls.tenant(currentTenant().subdomain)}/w/${TOKEN_MARK}`;
  }
}
