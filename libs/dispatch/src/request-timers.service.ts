import { Injectable } from '@nestjs/common';

import { Clock, SecretBox } from '#tutti/common';
import { OrchestrasRepository } from '#tutti/control-plane';
import { NotifyRequests } from '#tutti/messaging';
import { TenantJobRunner } from '#tutti/tenancy';

import { DispatchRepository } from './dispatch.repository.js';
import { DispatchQueue, type RequestJob } from './dispatch-queue.js';

/**
 * Reminders before the deadline and timeouts at it. Every timer re-reads the current state
 * when it fires, so a stale reminder or timeout does nothing; a sweep catches lost timers.
 */
@Injectable()
export class RequestTimers {
  constructor(
    private readonly repo: DispatchRepository,
    private readonly queue: DispatchQueue,
    private readonly notify: NotifyRequests,
    private readonly runner: TenantJobRunner,
    private readonly orchestras: OrchestrasRepository,
    private readonly secrets: SecretBox,
    private readonly clock: Clock,
  ) {}

  /** Only a still-pending request past its deadline times out; the need then asks on. */
  async timeout(requestId: number): Promise<boolean> {
    const now = this.clock.now();
    const needId = await this.repo.withRequest(requestId, async (locked) => {
      if (!locked || locked.request.status !== 'pending' || locked.request.deadlineAt > now)
        return null;
      await locked.need.expire(requestId);
      return locked.need.need.id;
    });
    if (needId !== null) await this.queue.dispatch(needId);
    return needId !== null;
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
    await this.notify.execute({
      type: 'reminder',
      requestIds: [requestId],
      tokens: token ? new Map([[requestId, token]]) : new Map(),
    });
    return true;
  }

  /**
   * The safety net, every five minutes: only in the tenants whose earliest open deadline has
   * passed (kept in the control plane), so idle tenants cost no connection and a serverless
   * database may sleep. Returns how many timed out.
   */
  async sweepAll(): Promise<number> {
    let n = 0;
    for (const id of await this.orchestras.dueForSweep(this.clock.now())) {
      const sweptAt = this.clock.now();
      const result = await this.runner.run(id, async () => ({
        timedOut: await this.sweep(),
        next: await this.repo.nextPendingDeadline(),
      }));
      if (!result) continue;
      n += result.timedOut;
      await this.orchestras.resetDeadline(id, sweptAt, result.next);
    }
    return n;
  }

  /** Times out the current tenant's pending requests past their deadline. */
  async sweep(): Promise<number> {
    let n = 0;
    for (const id of await this.repo.duePending(this.clock.now())) if (await this.timeout(id)) n++;
    return n;
  }
}
