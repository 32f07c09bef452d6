import { Injectable, OnModuleInit } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { OrchestrasRepository, RetentionRepository } from '#tutti/control-plane';
import { JobsService } from '#tutti/jobs';
import { TenantRetention } from '#tutti/privacy';

export const RETENTION_JOB = 'retention.cleanup';
/** How long platform logs are kept. */
const LOG_RETENTION_DAYS = 180;

export interface RetentionOutcome {
  refreshTokens: number;
  invitations: number;
  systemLogs: number;
  rateLimits: number;
  /** Tenants whose own retention run (their periods, their data) was queued. */
  tenantsQueued: number;
}

/**
 * Daily clean-up of what must not be kept: spent tokens, lapsed invitations, old logs in the
 * control plane; then one retention job per active tenant for what its own database holds.
 */
@Injectable()
export class RetentionJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly retention: RetentionRepository,
    private readonly clock: Clock,
    private readonly orchestras: OrchestrasRepository,
    private readonly tenants: TenantRetention,
  ) {}

  onModuleInit(): void {
    this.jobs.define<object>({
      name: RETENTION_JOB,
      policy: 'stately',
      retryLimit: 1,
      expireInSeconds: 30 * 60,
      cron: '17 3 * * *',
      handler: async () => void (await this.cleanUp()),
    });
  }

  /** Idempotent: a second run the same day deletes nothing more. */
  async cleanUp(): Promise<RetentionOutcome> {
    const now = this.clock.now();
    const platform = await this.retention.cleanUp(
      now,
      new Date(now.getTime() - LOG_RETENTION_DAYS * 86_400_000),
    );
    const active = (await this.orchestras.listMigratable()).filter((o) => o.status === 'active');
    await this.tenants.queueAll(active.map((o) => o.id));
    return { ...platform, tenantsQueued: active.length };
  }
}
