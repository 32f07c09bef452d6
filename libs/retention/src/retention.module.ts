import { Module } from '@nestjs/common';

import { PrivacyModule } from '#tutti/privacy';

import { RetentionJobs } from './retention.jobs.js';

@Module({ imports: [PrivacyModule], providers: [RetentionJobs], exports: [RetentionJobs] })
export class RetentionModule {}
