import { Injectable } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { NotifyRequests } from '#tutti/messaging';

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
 * fills the need completes it and cancels the other open requests. After the commit, the
 * musicians concerned are told, and a decline asks the next musician.
 */
@Injectable()
export class AnswerRequest {
  constructor(
    private readonly repo: DispatchRepository,
    private readonly queue: DispatchQueue,
    private readonly notify: NotifyRequests,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: AnswerRequestCommand): Promise<AnswerOutcome> {
    const outcome = await this.record(cmd, this.clock.now());
    if (outcome.kind === 'accepted') {
      await this.notify.execute({ type: 'confirmation', requestIds: [outcome.requestId] });
      await this.notify.execute({ type: 'position_filled', requestIds: outcome.cancelled });
    } else if (outcome.kind === 'declined') {
      await this.queue.dispatch(outcome.needId);
    }
    return outcome;
  }

  private record(cmd: AnswerRequestCommand, now: Date): Promise<AnswerOutcome> {
    return this.repo.withRequest(cmd.requestId, async (locked) => {
      if (!locked) return { kind: 'already-answered', status: 'unknown' };
      const { need, request } = locked;
      if (request.status !== 'pending') return { kind: 'already-answered', status: request.status };
      if (request.deadlineAt <= now) return { kind: 'expired' };
      if (need.need.status !== 'active')
        return { kind: 'need-closed', needStatus: need.need.status };
      const answer = { respondedAt: now, response: cmd.message, answeredByAdmin: cmd.byAdmin };
      if (!cmd.accept) {
        await need.answer(request.id, 'declined', answer);
        return { kind: 'declined', requestId: request.id, needId: need.need.id };
      }
      const { accepted } = await need.counts();
      if (accepted >= need.need.quantity) return { kind: 'full' };
      await need.answer(request.id, 'accepted', answer);
      const filled = accepted + 1 >= need.need.quantity;
      let cancelled: number[] = [];
      if (filled) {
        await need.update({ status: 'completed' });
        cancelled = await need.cancelPending('position-filled');
      }
      return { kind: 'accepted', requestId: request.id, needId: need.need.id, filled, cancelled };
    });
  }
}
