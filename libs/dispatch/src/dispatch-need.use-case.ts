import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, type AppConfig, Clock, randomToken, SecretBox, sha256 } from '#tutti/common';
import { OrchestrasRepository } from '#tutti/control-plane';
import { NotifyListExhausted, NotifyRequests } from '#tutti/messaging';
import { currentTenant, UnitOfWork } from '#tutti/tenancy';
import { WebhookEvents } from '#tutti/webhooks';

import { requestsToSend, selectCandidates } from './candidate-selection.js';
import { type CreatedRequest, DispatchRepository, type NeedLock } from './dispatch.repository.js';
import { DispatchQueue } from './dispatch-queue.js';
import { newShortCode } from './short-codes.js';

interface Decision {
  created: CreatedRequest[];
  tokens: string[];
  exhausted: boolean;
}

/**
 * The dispatch job: sends the requests the need's strategy calls for. Under the project's and
 * the need's locks it counts, selects candidates and creates the requests (with hashed tokens
 * and short codes), and in the same transaction writes the messages and the timers to the
 * outbox: a dispatch interrupted anywhere has either asked and queued, or done nothing.
 */
@Injectable()
export class DispatchNeed {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: DispatchRepository,
    private readonly queue: DispatchQueue,
    private readonly notify: NotifyRequests,
    private readonly notifyExhausted: NotifyListExhausted,
    private readonly webhooks: WebhookEvents,
    private readonly secrets: SecretBox,
    private readonly orchestras: OrchestrasRepository,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(needId: number): Promise<number[]> {
    return this.unitOfWork.run(() => this.dispatch(needId));
  }

  private async dispatch(needId: number): Promise<number[]> {
    const now = this.clock.now();
    const { created, tokens, exhausted } = await this.repo.withNeed(
      needId,
      { project: true },
      (lock) => this.decide(lock, now),
    );
    const tokenOf = new Map(created.map((r, i) => [r.id, tokens[i]]));
    await this.notify.execute({
      type: 'request',
      requestIds: created.map((r) => r.id),
      tokens: tokenOf,
    });
    const share = this.config.messaging.reminderAtPercent / 100;
    await this.queue.timers(
      created.map((r) => ({
        id: r.id,
        deadlineAt: r.deadlineAt,
        remindAt: new Date(now.getTime() + (r.deadlineAt.getTime() - now.getTime()) * share),
        sealedToken: this.secrets.encrypt(tokenOf.get(r.id)!),
      })),
    );
    if (created.length)
      await this.orchestras.noteDeadline(currentTenant().id, created[0].deadlineAt);
    if (exhausted) {
      await this.notifyExhausted.execute(needId);
      await this.webhooks.needExhausted(needId);
    }
    return created.map((r) => r.id);
  }

  private async decide(lock: NeedLock | null, now: Date): Promise<Decision> {
    const none: Decision = { created: [], tokens: [], exhausted: false };
    if (!lock || lock.need.status !== 'active') return none;
    const need = lock.need;
    const { accepted, pending } = await lock.counts();
    if (accepted >= need.quantity) {
      await lock.update({ status: 'completed' });
      return none;
    }
    const { candidates } = selectCandidates(await lock.ranked(), need, await lock.askedInProject());
    const n = requestsToSend({
      strategy: need.requestStrategy,
      quantity: need.quantity,
      accepted,
      pending,
      maxRecipients: need.maxRecipients,
      available: candidates.length,
    });
    if (n === 0) {
      const exhausted = candidates.length === 0 && pending === 0;
      if (exhausted) await lock.update({ status: 'exhausted', exhaustedAt: now });
      return { ...none, exhausted };
    }
    const codes = await lock.openShortCodes();
    const deadlineAt = new Date(now.getTime() + need.responseTimeHours * 3600_000);
    const tokens = candidates.slice(0, n).map(() => randomToken());
    const created = await lock.createRequests(
      candidates.slice(0, n).map((c, i) => ({
        musicianId: c.musicianId,
        tokenHash: sha256(tokens[i]),
        shortCode: newShortCode(codes),
        sentAt: now,
        deadlineAt,
      })),
    );
    return { created, tokens, exhausted: false };
  }
}
