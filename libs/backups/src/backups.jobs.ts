import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import { JobsService } from '#tutti/jobs';

import { BackupsService } from './backups.service.js';

export const BACKUP_SCHEDULE_JOB = 'backups.schedule';

/** Daily: the scheduled backups each plan is due, then the expired ones removed. */
@Injectable()
export class BackupsJobs implements OnModuleInit {
  private readonly logger = new Logger('Backups');

  constructor(
    private readonly jobs: JobsService,
    private readonly backups: BackupsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<object>({
      name: BACKUP_SCHEDULE_JOB,
      policy: 'stately',
      retryLimit: 1,
      expireInSeconds: 6 * 60 * 60,
      cron: '30 2 * * *',
      handler: async () => {
        const r = await this.backups.runSchedule();
        this.logger.log(
          `scheduled backups: ${r.taken} taken, ${r.failed} failed, ${r.pruned} removed`,
        );
      },
    });
  }
}
