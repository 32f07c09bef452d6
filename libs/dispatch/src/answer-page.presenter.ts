import { Injectable } from '@nestjs/common';

import { Clock, dateFormat, languageOf, positionLabel } from '#tutti/common';
import { currentTenant } from '#tutti/tenancy';

import type { AnswerOutcome } from './answer-request.use-case.js';
import type { NeedsRepository } from './needs.repository.js';
import { noticePage, type PageText, requestPage } from './response-page.js';

export type PageRequest = NonNullable<Awaited<ReturnType<NeedsRepository['requestByTokenHash']>>>;

export interface RenderedPage {
  status: number;
  html: string;
}

const TZ = 'Europe/Stockholm';

/** What the page says after an answer was just sent, when the state alone does not say it. */
const OUTCOME_TEXT: Partial<Record<AnswerOutcome['kind'], PageText>> = {
  accepted: 'accepted',
  declined: 'declined',
  expired: 'expiredAnswer',
  full: 'fullAnswer',
};

/** Turns a request and what just happened to it into the answer page a musician sees. */
@Injectable()
export class AnswerPagePresenter {
  constructor(private readonly clock: Clock) {}

  /** The request as it stands, with a form while it is open. */
  show(r: PageRequest, token: string): RenderedPage {
    return { status: 200, html: this.page(r, token, this.stateNotice(r)) };
  }

  /** A form sent without Yes or No: the request again, asking for one. */
  noAnswer(r: PageRequest, token: string): RenderedPage {
    return {
      status: 400,
      html: this.page(r, token, this.isOpen(r) ? 'chooseAnswer' : this.stateNotice(r)),
    };
  }

  /** The page after an answer: what happened to it, then the request as it now stands. */
  afterAnswer(r: PageRequest, token: string, outcome: AnswerOutcome): RenderedPage {
    let text = OUTCOME_TEXT[outcome.kind] ?? this.stateNotice(r) ?? 'closed';
    if (outcome.kind === 'need-closed' && outcome.needStatus === 'paused') text = 'pausedAnswer';
    const ok = outcome.kind === 'accepted' || outcome.kind === 'declined';
    return { status: ok ? 200 : 409, html: this.page(r, token, text) };
  }

  /** An unknown link: in the reader's language, naming whom to ask on this ensemble. */
  unknown(acceptLanguage: string | undefined): RenderedPage {
    const tenant = currentTenant();
    const lang = /^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'sv';
    return { status: 404, html: noticePage(tenant, lang, 'unknown', tenant.contactEmail) };
  }

  private isOpen(r: PageRequest): boolean {
    return r.status === 'pending' && r.deadlineAt > this.clock.now() && r.need.status === 'active';
  }

  private stateNotice(r: PageRequest): PageText | undefined {
    if (this.isOpen(r)) return undefined;
    if (r.status === 'accepted') return 'answeredAccepted';
    if (r.status === 'declined') return 'answeredDeclined';
    if (r.status === 'timeout' || (r.status === 'pending' && r.deadlineAt <= this.clock.now()))
      return 'expired';
    if (r.status === 'cancelled')
      return r.closedReason === 'position-filled' ? 'full' : 'withdrawn';
    if (r.need.status === 'paused') return 'paused';
    return 'closed';
  }

  private page(r: PageRequest, token: string, notice: PageText | undefined): string {
    const lang = languageOf(r.musician.preferredLanguage);
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    const date = (d: Date, opts: Intl.DateTimeFormatOptions) =>
      dateFormat(locale, { ...opts, timeZone: TZ }).format(d);
    return requestPage(
      currentTenant(),
      lang,
      {
        token,
        musicianFirstName: r.musician.firstName,
        projectName: r.need.project.name,
        positionName: positionLabel(r.need.position),
        startDate: date(r.need.project.startDate, { dateStyle: 'long' }),
        weekNumber: r.need.project.weekNumber,
        rehearsalSchedule: r.need.project.rehearsalSchedule,
        concertInfo: r.need.project.concertInfo,
        deadline: date(r.deadlineAt, { dateStyle: 'medium', timeStyle: 'short' }),
        open: this.isOpen(r),
        contactEmail: currentTenant().contactEmail,
      },
      notice,
    );
  }
}
