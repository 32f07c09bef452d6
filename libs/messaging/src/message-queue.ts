import { Injectable } from '@nestjs/common';

import { SecretBox } from '#tutti/common';
import { currentTenant, TenantOutbox, UnitOfWork } from '#tutti/tenancy';

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
 * token), with one send job each in the tenant's outbox, in the caller's transaction: two
 * round trips for any number of messages, and none sent for a change that rolled back.
 */
@Injectable()
export class MessageQueue {
  constructor(
    private readonly repo: MessagingRepository,
    private readonly outbox: TenantOutbox,
    private readonly unitOfWork: UnitOfWork,
    private readonly secrets: SecretBox,
  ) {}

  async enqueue(batch: OutgoingMessage[]): Promise<void> {
    if (batch.length === 0) return;
    const orchestraId = currentTenant().id;
    await this.unitOfWork.run(async () => {
      const ids = await this.repo.createLogs(
        batch.map(({ entry }) => ({ ...entry, body: entry.body.replaceAll(TOKEN_MARK, REDACTED) })),
      );
      await this.outbox.sendMany(
        ids.map((logId, i) => {
          const token = batch[i].token;
          const data: SendJob = {
            orchestraId,
            logId,
            sealedToken: token ? this.secrets.encrypt(token) : null,
          };
          return { queue: SEND_MESSAGE_JOB, data };
        }),
      );
    });
  }
}
