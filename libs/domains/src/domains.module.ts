import { Module } from '@nestjs/common';

import { CustomDomainsController } from './custom-domains.controller.js';
import { CustomDomainsJobs } from './custom-domains.jobs.js';
import { CustomDomainsService } from './custom-domains.service.js';
import { TxtResolver } from './txt-resolver.js';

/** An ensemble's own domain, verified by a DNS TXT record and re-checked daily. */
@Module({
  controllers: [CustomDomainsController],
  providers: [CustomDomainsService, CustomDomainsJobs, TxtResolver],
  exports: [CustomDomainsService],
})
export class DomainsModule {}
