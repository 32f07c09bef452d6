import { createHash } from 'node:crypto';

import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import { JobsService } from '#tutti/jobs';

import { currentTenant } from '../request/tenant-context.js';
import { TenantJobRunner } from '../request/tenant-job-runner.js';
import { UnitOfWork } from '../request/unit-of-work.js';
import { type OutboxJob, OutboxRepository } from './outbox.repository.js';

export const OUTBOX_RELAY_JOB = 'outbox.relay';

/** Safety-net checks are grouped per tenant in windows of this length… */
const BUCKET_MS = 10_000;
/** …and run this long after their window ends: past any transaction still open in it. */
const CHECK_DELAY_MS = 30_000;
const RELAY_BATCH = 500;

/** A UUID derived from a name: the same check asked for twice is one job. */
function uuidOf(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Jobs caused by a change in a tenant (a message to send, a webhook to deliver, the next
 * musician to ask, a reminder) go through here, not straight to the queue: they are written to
 * the tenant's outbox in the change's own transaction and relayed to the job queue once it has
 * committed. A rollback sends nothing; a crash after the commit loses nothing: before the first
 * row is written, a relay check for the tenant is queued to run after the transaction's
 * deadline (one per tenant per 10 s window), and it relays whatever the crash left.
 */
@Injectable()
export class TenantOutbox implements OnModuleInit {
  private readonly logger = new Logger('Outbox');
  /** The last window each tenant's check was queued for by this process. */
  private readonly checked = new Map<string, number>();

  constructor(
    private readonly repo: OutboxRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: JobsService,
    private readonly runner: TenantJobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ orchestraId: string }>({
      name: OUTBOX_RELAY_JOB,
      retryLimit: 10,
      retryDelaySeconds: 5,
      expireInSeconds: 60,
      handler: async ({ orchestraId }) =>
        void (await this.runner.run(orchestraId, () => this.relay())),
    });
  }

  async send(job: OutboxJob): Promise<void> {
    await this.sendMany([job]);
  }

  /** Adds jobs to the current tenant's outbox: in the transaction in progress, if there is one. */
  async sendMany(jobs: OutboxJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const orchestraId = currentTenant().id;
    await this.scheduleCheck(orchestraId);
    await this.repo.add(jobs);
    await this.unitOfWork.afterCommit('outbox', async () => void (await this.relay()));
  }

  /** Moves every waiting row of the current tenant to the job queue. */
  async relay(): Promise<number> {
    const orchestraId = currentTenant().id;
    let total = 0;
    for (;;) {
      const n = await this.repo.drain(RELAY_BATCH, (rows) =>
        this.jobs.insert(
          rows.map((r) => ({
            id: r.jobId,
            name: r.queue,
            data: r.data,
            startAfter: r.startAfter ?? undefined,
            singletonKey: r.singletonKey ?? undefined,
          })),
        ),
      );
      total += n;
      if (n < RELAY_BATCH) break;
    }
    if (total > 0) this.logger.debug?.(`relayed ${total} job(s) of ${orchestraId}`);
    return total;
  }

  private async scheduleCheck(orchestraId: string): Promise<void> {
    const now = Date.now();
    const bucket = Math.floor(now / BUCKET_MS);
    if (this.checked.get(orchestraId) === bucket) return;
    await this.jobs.insert([
      {
        id: uuidOf(`${OUTBOX_RELAY_JOB}:${orchestraId}:${bucket}`),
        name: OUTBOX_RELAY_JOB,
        data: { orchestraId },
        startAfter: new Date((bucket + 1) * BUCKET_MS + CHECK_DELAY_MS),
      },
    ]);
    this.checked.set(orchestraId, bucket);
    if (this.checked.size > 10_000) this.checked.clear();
  }
}
