import { Injectable, OnModuleInit } from '@nestjs/common';

import { JobsService } from '#tutti/jobs';

import { CustomDomainsService } from './custom-domains.service.js';

export const RECHECK_DOMAINS_JOB = 'domains.recheck';

/** Every verified domain is checked again once a day. */
@Injectable()
export class CustomDomainsJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly domains: CustomDomainsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<object>({
      name: RECHECK_DOMAINS_JOB,
      policy: 'stately',
      retryLimit: 1,
      expireInSeconds: 10 * 60,
      cron: '41 4 * * *',
      handler: async () => void (await this.domains.recheckAll()),
    });
  }
}
