import { Injectable } from '@nestjs/common';

import { MessageQueue } from './message-queue.js';

/** Kinds of one-off messages that are not templated by the ensemble. */
export type NoticeType = 'waitlist' | 'announcement';

export interface EmailNotice {
  type: NoticeType;
  /** Email unless said; an SMS goes to a phone number in E.164. */
  channel?: 'email' | 'sms';
  to: string;
  subject: string;
  /** May carry one link token at `/w/` + TOKEN_MARK: sealed in the job, never stored in clear. */
  body: string;
  token: string | null;
}

/**
 * Messages through the ensemble's own messaging (its providers, or simulated and logged in
 * the demo), for flows outside the substitute engine: waitlist confirmations and places,
 * urgent announcements. Each is logged and sent by its own retried job.
 */
@Injectable()
export class SendEmailNotice {
  constructor(private readonly queue: MessageQueue) {}

  async execute(notice: EmailNotice): Promise<void> {
    await this.executeMany([notice]);
  }

  async executeMany(notices: EmailNotice[]): Promise<void> {
    await this.queue.enqueue(
      notices.map((notice) => ({
        token: notice.token,
        entry: {
          requestId: null,
          type: notice.type,
          channel: notice.channel ?? 'email',
          recipient: notice.to,
          subject: notice.channel === 'sms' ? null : notice.subject,
          body: notice.body,
        },
      })),
    );
  }
}
