import { Injectable } from '@nestjs/common';

import { MessageQueue } from './message-queue.js';

/** Kinds of one-off emails that are not templated by the ensemble. */
export type NoticeType = 'waitlist';

export interface EmailNotice {
  type: NoticeType;
  to: string;
  subject: string;
  /** May carry one link token at `/w/` + TOKEN_MARK: sealed in the job, never stored in clear. */
  body: string;
  token: string | null;
}

/**
 * One email through the ensemble's own messaging (its providers, or simulated and logged in
 * the demo), for flows outside the substitute engine: waitlist confirmations and places.
 */
@Injectable()
export class SendEmailNotice {
  constructor(private readonly queue: MessageQueue) {}

  async execute(notice: EmailNotice): Promise<void> {
    await this.queue.enqueue([
      {
        token: notice.token,
        entry: {
          requestId: null,
          type: notice.type,
          channel: 'email',
          recipient: notice.to,
          subject: notice.subject,
          body: notice.body,
        },
      },
    ]);
  }
}
