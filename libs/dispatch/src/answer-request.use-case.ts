import { Injectable } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { NotifyRequests } from '#tutti/messaging';
import { UnitOfWork } from '#tutti/tenancy';
import { WebhookEvents } from '#tutti/webhooks';

import { DispatchRepository, type NeedStatus, type RequestStatus } from './dispatch.repository.js';
import { DispatchQueue } from './dispatch-queue.js';

export interface AnswerRequestCommand {
  requestId: number;
  accept: boolean;
  message: string | null;
  /** Recorded by staff on the musician's behalf (an answer taken by phone). */
  byAdmin: boolean;
}

export type AnswerOutcome =
  | { kind: 'accepted'; requestId: number; needId: number; filled: boolean; cancelled: number[] }
  | { kind: 'declined'; requestId: number; needId: number }
  | { kind: 'already-answered'; status: RequestStatus | 'unknown' }
  | { kind: 'expired' }
  | { kind: 'need-closed'; needStatus: NeedStatus }
  | { kind: 'full' };

/**
 * One answer to a request, from the link page, an SMS reply or staff: the same rules for all.
 * Under the need's lock (so the number accepted can never pass the quantity): a request
 * answered, past its deadline or of a need not running changes nothing; the acceptance that
 * fills the need completes it and cancels the other open requests. The rules run in one SQL
 * function (one round trip holding the lock); in the same transaction, the musicians concerned
 * are told, and a decline asks the next musician (messages and jobs through the outbox, so an
 * answer is never recorded without them).
 */
@Injectable()
export class AnswerRequest {
  constructor(
    private readonly repo: DispatchRepository,
    private readonly queue: DispatchQueue,
    private readonly notify: NotifyRequests,
    private readonly clock: Clock,
    private readonly webhooks: WebhookEvents,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(cmd: AnswerRequestCommand): Promise<AnswerOutcome> {
    return this.unitOfWork.run(() => this.answer(cmd));
  }

  private async answer(cmd: AnswerRequestCommand): Promise<AnswerOutcome> {
    const outcome = await this.record(cmd, this.clock.now());
    if (outcome.kind === 'accepted') {
      await this.notify.execute({ type: 'confirmation', requestIds: [outcome.requestId] });
      await this.notify.execute({ type: 'position_filled', requestIds: outcome.cancelled });
      await this.webhooks.requestAnswered(outcome.requestId, true, outcome.filled);
    } else if (outcome.kind === 'declined') {
      await this.queue.dispatch(outcome.needId);
      await this.webhooks.requestAnswered(outcome.requestId, false, false);
    }
    return outcome;
  }

  /** The rules, applied in the database in one statement under the need's lock. */
  private async record(cmd: AnswerRequestCommand, now: Date): Promise<AnswerOutcome> {
    const r = await this.repo.answerAtOnce(
      cmd.requestId,
      cmd.accept,
      cmd.message,
      now,
      cmd.byAdmin,
    );
    switch (r.kind) {
      case 'accepted':
        return {
          kind: 'accepted',
          requestId: cmd.requestId,
          needId: r.needId!,
          filled: r.filled,
          cancelled: r.cancelled,
        };
      case 'declined':
        return { kind: 'declined', requestId: cmd.requestId, needId: r.needId! };
      case 'already-answered':
        return { kind: 'already-answered', status: r.requestStatus };
      case 'expired':
        return { kind: 'expired' };
      case 'need-closed':
        return { kind: 'need-closed', needStatus: r.needStatus! };
      case 'full':
        return { kind: 'full' };
    }
  }
}
