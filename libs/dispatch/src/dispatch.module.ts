import { Module } from '@nestjs/common';
import { MessagingModule } from '#tutti/messaging';
import { ProjectsModule } from '#tutti/projects';
import { DispatchRepository } from './dispatch.repository.js';
import { DispatchService } from './dispatch.service.js';
import { GroupEmailController } from './group-email.controller.js';
import { NeedsController } from './needs.controller.js';
import { ResponsesController } from './responses.controller.js';
import { SmsRepliesController } from './sms-replies.controller.js';
import { SmsRepliesService } from './sms-replies.service.js';

@Module({
  imports: [MessagingModule, ProjectsModule],
  controllers: [NeedsController, ResponsesController, SmsRepliesController, GroupEmailController],
  providers: [DispatchService, DispatchRepository, SmsRepliesService],
  exports: [DispatchService],
})
export class DispatchModule {}
