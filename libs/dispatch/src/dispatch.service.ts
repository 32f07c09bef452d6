import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, DomainError, randomToken, SecretBox, sha256 } from '#tutti/common';
import { OrchestrasRepository } from '#tutti/control-plane';
import { JobsService } from '#tutti/jobs';
import { MessagingService } from '#tutti/messaging';
import { APP_CONFIG, type AppConfig } from '#tutti/common';
import { Inject } from '@nestjs/common';
import { currentTenant, TenantJobRunner } from '#tutti/tenancy';
import { type AnswerOutcome, DispatchRepository } from './dispatch.repository.js';

export const DISPATCH_JOB = 'need.dispatch';
export const TIMEOUT_JOB = 'request.timeout';
export const REMIND_JOB = 'request.remind';
export const SWEEP_JOB = 'requests.sweep';

interface NeedJob {
  orchestraId: string;
  needId: number;
}
interface RequestJob {
  orchestraId: string;
  requestId: number;
  sealedToken?: string;
}

/**
 * The substitute request engine. Sending the next requests always happens in a job (never
 * inside the request of the musician who answered), and every timer re-reads the current
 * state when it fires, so a stale reminder or timeout does nothing.
 */
@Injectable()
export class DispatchService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: DispatchRepository,
    private readonly jobs: JobsService,
    private readonly runner: TenantJobRunner,
    private readonly messaging: MessagingService,
    private readonly secrets: SecretBox,
    private readonly orchestras: OrchestrasRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define<NeedJob>({
      name: DISPATCH_JOB,
      policy: 'stately',
      retryLimit: 5,
      retryDelaySeconds: 2,
      handler: async ({ orchestraId, needId }) =>
        void (await this.runner.run(orchestraId, () => this.dispatchNow(needId))),
    });
    this.jobs.define<RequestJob>({
      name: TIMEOUT_JOB,
      retryLimit: 5,
      handler: async ({ orchestraId, requestId }) =>
        void (await this.runner.run(orchestraId, () => this.timeout(requestId))),
    });
    this.jobs.define<object>({
      name: SWEEP_JOB,
      policy: 'stately',
      retryLimit: 0,
      cron: '*/5 * * * *',
      handler: async () => void (await this.sweepAll()),
    });
    this.jobs.define<RequestJob>({
      name: REMIND_JOB,
      retryLimit: 3,
      handler: async (data) => void (await this.onReminderJob(data)),
    });
  }

  /** Queues a dispatch of the need in the current tenant (one queued per need at a time). */
  async requestDispatch(needId: number): Promise<void> {
    const orchestraId = currentTenant().id;
    await this.jobs.send<NeedJob>(
      DISPATCH_JOB,
      { orchestraId, needId },
      { singletonKey: `${orchestraId}:${needId}` },
    );
  }

  /** The dispatch job: sends what the strategy calls for, schedules their timers. */
  async dispatchNow(needId: number): Promise<number[]> {
    const tokens: string[] = [];
    const result = await this.repo.dispatch(needId, this.clock.now(), () => {
      const token = randomToken();
      tokens.push(token);
      return sha256(token);
    });
    const byRequest = new Map(result.created.map((r, i) => [r.id, tokens[i]!]));
    await this.messaging.notifyRequests(
      'request',
      result.created.map((r) => r.id),
      byRequest,
    );
    const orchestraId = currentTenant().id;
    const now = this.clock.now().getTime();
    await this.jobs.sendMany<RequestJob>(
      TIMEOUT_JOB,
      result.created.map((r) => ({
        data: { orchestraId, requestId: r.id },
        startAfter: r.deadlineAt,
      })),
    );
    await this.jobs.sendMany<RequestJob>(
      REMIND_JOB,
      result.created.map((r) => ({
        data: {
          orchestraId,
          requestId: r.id,
          sealedToken: this.secrets.encrypt(byRequest.get(r.id)!),
        },
        startAfter: new Date(
          now + ((r.deadlineAt.getTime() - now) * this.config.messaging.reminderAtPercent) / 100,
        ),
      })),
    );
    if (result.exhausted) await this.messaging.notifyListExhausted(needId);
    return result.created.map((r) => r.id);
  }

  async answer(
    requestId: number,
    accept: boolean,
    message: string | null,
    byAdmin: boolean,
  ): Promise<AnswerOutcome> {
    const outcome = await this.repo.answer(requestId, accept, message, this.clock.now(), byAdmin);
    if (outcome.kind === 'accepted') {
      await this.messaging.notifyRequests('confirmation', [outcome.requestId]);
      await this.messaging.notifyRequests('position_filled', outcome.cancelled);
    } else if (outcome.kind === 'declined') {
      await this.requestDispatch(outcome.needId);
    }
    return outcome;
  }

  /** The timeout job (and the sweep): only a still-pending request past its deadline times out. */
  async timeout(requestId: number): Promise<boolean> {
    const changed = await this.repo.timeout(requestId, this.clock.now());
    if (changed) await this.requestDispatch(changed.needId);
    return !!changed;
  }

  /** The reminder job as it fires: in its tenant, with the link token it carries sealed. */
  async onReminderJob({ orchestraId, requestId, sealedToken }: RequestJob): Promise<boolean> {
    return (
      (await this.runner.run(orchestraId, () =>
        this.remind(requestId, sealedToken ? this.secrets.decrypt(sealedToken) : undefined),
      )) ?? false
    );
  }

  async remind(requestId: number, token?: string): Promise<boolean> {
    if (!(await this.repo.claimReminder(requestId, this.clock.now()))) return false;
    await this.messaging.notifyRequests(
      'reminder',
      [requestId],
      token ? new Map([[requestId, token]]) : new Map(),
    );
    return true;
  }

  /**
   * The safety net for lost timers, every five minutes: in each active tenant, times out the
   * pending requests past their deadline. Returns how many timed out.
   */
  async sweepAll(): Promise<number> {
    let n = 0;
    for (const id of await this.orchestras.activeIds())
      n += (await this.runner.run(id, () => this.sweep())) ?? 0;
    return n;
  }

  /** Times out the current tenant's pending requests past their deadline. */
  async sweep(): Promise<number> {
    let n = 0;
    for (const id of await this.repo.duePending(this.clock.now())) if (await this.timeout(id)) n++;
    return n;
  }

  async startNeed(needId: number): Promise<void> {
    const preview = await this.repo.preview(needId);
    if (!preview) throw new DomainError('need/not-found', 'not_found', `No need ${needId}`);
    if (!preview.need.rankingListId && !preview.need.customRankingListId) {
      throw new DomainError('need/no-list', 'invalid', 'The need has no ranking list to ask from', {
        field: 'rankingListId',
      });
    }
    await this.transition(needId, ['draft'], 'active', 'start');
    await this.requestDispatch(needId);
  }

  async pauseNeed(needId: number) {
    await this.transition(needId, ['active'], 'paused', 'pause');
  }

  async resumeNeed(needId: number) {
    await this.transition(needId, ['paused', 'exhausted'], 'active', 'resume');
    await this.requestDispatch(needId);
  }

  async closeNeed(needId: number, to: 'cancelled' | 'completed') {
    const closed = await this.repo.closeNeed(
      needId,
      ['draft', 'active', 'paused', 'exhausted'],
      to,
      to === 'cancelled' ? 'need-cancelled' : 'need-completed',
    );
    if (!closed)
      throw new DomainError('need/wrong-state', 'conflict', `The need cannot be ${to} now`);
  }

  async raiseQuantity(needId: number, quantity: number) {
    const r = await this.repo.raiseQuantity(needId, quantity);
    if (r === 'missing') throw new DomainError('need/not-found', 'not_found', `No need ${needId}`);
    if (r === 'not-higher')
      throw new DomainError('need/quantity-not-raised', 'invalid', 'quantity can only be raised', {
        field: 'quantity',
      });
    await this.requestDispatch(needId);
  }

  preview(needId: number) {
    return this.repo.preview(needId);
  }

  private async transition(needId: number, from: string[], to: string, verb: string) {
    if (!(await this.repo.transitionNeed(needId, from, to))) {
      throw new DomainError(
        'need/wrong-state',
        'conflict',
        `The need cannot ${verb} from its current state`,
      );
    }
  }
}
