import { Injectable, OnModuleInit } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { RetentionRepository } from '#tutti/control-plane';
import { JobsService } from '#tutti/jobs';

export const RETENTION_JOB = 'retention.cleanup';
/** How long platform logs are kept. */
const LOG_RETENTION_DAYS = 180;

export interface RetentionOutcome {
  refreshTokens: number;
  invitations: number;
  systemLogs: number;
  rateLimits: number;
}

/** Daily clean-up of what must not be kept: spent tokens, lapsed invitations, old logs. */
@Injectable()
export class RetentionJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly retention: RetentionRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define<object>({
      name: RETENTION_JOB,
      policy: 'stately',
      retryLimit: 1,
      cron: '17 3 * * *',
      handler: async () => void (await this.cleanUp()),
    });
  }

  /** Idempotent: a second run the same day deletes nothing more. */
  cleanUp(): Promise<RetentionOutcome> {
    const now = this.clock.now();
    return this.retention.cleanUp(now, new Date(now.getTime() - LOG_RETENTION_DAYS * 86_400_000));
  }
}
