import { Injectable } from '@nestjs/common';

import { SecretBox } from '#tutti/common';
import { JobsService } from '#tutti/jobs';
import { currentTenant } from '#tutti/tenancy';

import { MessagingRepository, type NewLogEntry } from './messaging.repository.js';

export const SEND_MESSAGE_JOB = 'message.send';
/** Stands where an answer link's token goes until the send job puts it in. */
export const TOKEN_MARK = '\u0000TOKEN\u0000';
export const REDACTED = '…';
/** Where a sealed token goes back into a link when the message is sent. */
export const TOKEN_SLOT = /(\/r\/|\/w\/|#)…/;

export interface SendJob {
  orchestraId: string;
  logId: number;
  /** The answer link's token, encrypted: it exists nowhere else in clear. */
  sealedToken: string | null;
}

export interface OutgoingMessage {
  entry: NewLogEntry;
  /** The answer-link token the message carries, if any. */
  token: string | null;
}

/**
 * Every outgoing message goes through here: logged as queued (the stored body never holds the
 * token), then one send job each: two round trips for any number of messages.
 */
@Injectable()
export class MessageQueue {
  constructor(
    private readonly repo: MessagingRepository,
    private readonly jobs: JobsService,
    private readonly secrets: SecretBox,
  ) {}

  async enqueue(batch: OutgoingMessage[]): Promise<void> {
    if (batch.length === 0) return;
    const orchestraId = currentTenant().id;
    const ids = await this.repo.createLogs(
      batch.map(({ entry }) => ({ ...entry, body: entry.body.replaceAll(TOKEN_MARK, REDACTED) })),
    );
    await this.jobs.sendMany<SendJob>(
      SEND_MESSAGE_JOB,
      ids.map((logId, i) => {
        const token = batch[i].token;
        return {
          data: { orchestraId, logId, sealedToken: token ? this.secrets.encrypt(token) : null },
        };
      }),
    );
  }
}
