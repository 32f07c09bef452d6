import { Injectable } from '@nestjs/common';
import { Clock } from '#tutti/common';
import { MessagingRepository } from '#tutti/messaging';
import { TenantDb } from '#tutti/tenancy';
import { DispatchService } from './dispatch.service.js';

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

export interface InboundSms {
  messageSid: string;
  from: string;
  body: string;
  optOutType?: string;
}

/**
 * SMS answers ("JA 4821" / "NEJ 4821"): each inbound message is stored first (once per
 * MessageSid, so a retried webhook does nothing twice), then matched to the sender's open
 * request by its short code and answered like the link would be. Returns the reply text.
 */
@Injectable()
export class SmsRepliesService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly messaging: MessagingRepository,
    private readonly dispatch: DispatchService,
    private readonly clock: Clock,
  ) {}

  async handle(sms: InboundSms): Promise<string | null> {
    const db = await this.tenantDb.client();
    const stored = await db.inboundMessage.createMany({
      data: [
        {
          providerMessageId: sms.messageSid,
          fromNumber: sms.from,
          body: sms.body.slice(0, 1600),
          optOutType: sms.optOutType ?? null,
        },
      ],
      skipDuplicates: true,
    });
    if (stored.count === 0) return null; // a retry of a message already handled
    const word = sms.body.trim().toUpperCase();
    const finish = async (outcome: string, requestId: number | null = null) =>
      db.inboundMessage.update({
        where: { providerMessageId: sms.messageSid },
        data: { outcome, requestId, handledAt: this.clock.now() },
      });

    if (sms.optOutType?.toUpperCase() === 'STOP' || STOP_WORDS.has(word)) {
      await this.messaging.setSmsOptOut(sms.from, true);
      await finish('opted-out');
      return null; // Twilio confirms the opt-out itself
    }
    if (sms.optOutType?.toUpperCase() === 'START' || START_WORDS.has(word)) {
      await this.messaging.setSmsOptOut(sms.from, false);
      await finish('opted-in');
      return null;
    }
    const musician = await db.musician.findFirst({ where: { phone: sms.from } });
    const text = REPLIES[musician?.preferredLanguage === 'en' ? 'en' : 'sv'];
    const match = ANSWER.exec(word.replace(/\s+/g, ' '));
    if (!match) {
      await finish('not-understood');
      return text.help;
    }
    const request = musician
      ? await db.request.findFirst({
          where: { shortCode: match[2], status: 'pending', musicianId: musician.id },
        })
      : null;
    if (!request) {
      await finish('no-open-request');
      return text.unknown;
    }
    const outcome = await this.dispatch.answer(request.id, match[1] === 'JA', null, false);
    await finish(outcome.kind, request.id);
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
