import { Module } from '@nestjs/common';

import { RetentionJobs } from './retention.jobs.js';

@Module({ providers: [RetentionJobs], exports: [RetentionJobs] })
export class RetentionModule {}
