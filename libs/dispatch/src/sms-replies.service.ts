import { Injectable } from '@nestjs/common';

import { Clock, languageOf, toE164 } from '#tutti/common';
import { SmsOptOuts } from '#tutti/messaging';
import { currentTenant } from '#tutti/tenancy';

import { AnswerRequest } from './answer-request.use-case.js';
import { InboundMessagesRepository, type InboundSms } from './inbound-messages.repository.js';
import { esc } from './response-page.js';

/** Carrier keywords: Twilio acts on these itself; they are never answers. */
const STOP_WORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);
const START_WORDS = new Set(['START', 'UNSTOP', 'YES']);
const ANSWER = /^(JA|NEJ)\s*#?\s*(\d{4})$/i;

const REPLIES = {
  sv: {
    help: 'Svara med JA eller NEJ följt av koden i förfrågan, t.ex. JA 4821.',
    unknown: 'Vi hittar ingen öppen förfrågan med den koden från ditt nummer.',
    accepted: 'Tack! Du är bokad. En bekräftelse skickas till dig.',
    declined: 'Tack för ditt svar.',
    closed: 'Förfrågan är inte längre öppen. Ditt svar har inte registrerats.',
    full: 'Platsen är redan tillsatt. Ditt svar har inte registrerats.',
  },
  en: {
    help: 'Reply JA (yes) or NEJ (no) followed by the code in the request, e.g. JA 4821.',
    unknown: 'We found no open request with that code from your number.',
    accepted: 'Thank you! You are booked. A confirmation is on its way.',
    declined: 'Thank you for answering.',
    closed: 'This request is no longer open. Your answer was not recorded.',
    full: 'The place has already been filled. Your answer was not recorded.',
  },
} as const;

/**
 * SMS answers ("JA 4821" / "NEJ 4821"): each inbound message is stored first (once per
 * MessageSid, so a retried webhook does nothing twice), then matched to the sender's open
 * request by its short code and answered like the link would be. Returns the reply text.
 */
@Injectable()
export class SmsRepliesService {
  constructor(
    private readonly inbound: InboundMessagesRepository,
    private readonly optOuts: SmsOptOuts,
    private readonly answerRequest: AnswerRequest,
    private readonly clock: Clock,
  ) {}

  /** Twilio's webhook form in, TwiML out (a reply message, or none). */
  async twiml(form: Record<string, string>): Promise<string> {
    const reply = await this.handle({
      messageSid: form.MessageSid ?? '',
      from: form.From ?? '',
      body: form.Body ?? '',
      optOutType: form.OptOutType,
    });
    return `<?xml version="1.0" encoding="UTF-8"?><Response>${reply ? `<Message>${esc(reply)}</Message>` : ''}</Response>`;
  }

  async handle(sms: InboundSms): Promise<string | null> {
    if (!(await this.inbound.storeOnce(sms))) return null; // a retry of a message handled
    const word = sms.body.trim().toUpperCase();
    const finish = (outcome: string, requestId: number | null = null) =>
      this.inbound.finish(sms.messageSid, outcome, requestId, this.clock.now());

    if (sms.optOutType?.toUpperCase() === 'STOP' || STOP_WORDS.has(word)) {
      await this.optOuts.set(sms.from, true);
      await finish('opted-out');
      return null; // Twilio confirms the opt-out itself
    }
    if (sms.optOutType?.toUpperCase() === 'START' || START_WORDS.has(word)) {
      await this.optOuts.set(sms.from, false);
      await finish('opted-in');
      return null;
    }
    const from = toE164(sms.from, currentTenant().country) ?? sms.from;
    const musician = await this.inbound.musicianByPhone(from);
    const text = REPLIES[languageOf(musician?.preferredLanguage)];
    const match = ANSWER.exec(word.replace(/\s+/g, ' '));
    if (!match) {
      await finish('not-understood');
      return text.help;
    }
    const requestId = musician ? await this.inbound.openRequestByCode(musician.id, match[2]) : null;
    if (requestId === null) {
      await finish('no-open-request');
      return text.unknown;
    }
    const outcome = await this.answerRequest.execute({
      requestId,
      accept: match[1] === 'JA',
      message: null,
      byAdmin: false,
    });
    await finish(outcome.kind, requestId);
    switch (outcome.kind) {
      case 'accepted':
        return text.accepted;
      case 'declined':
        return text.declined;
      case 'full':
        return text.full;
      default:
        return text.closed;
    }
  }
}
