import { Module } from '@nestjs/common';

import { AuthModule } from '#tutti/auth';
import { MessagingModule } from '#tutti/messaging';
import { WebhooksModule } from '#tutti/webhooks';

import { AnswerPagePresenter } from './answer-page.presenter.js';
import { AnswerPageService } from './answer-page.service.js';
import { AnswerRequest } from './answer-request.use-case.js';
import { DispatchJobs } from './dispatch.jobs.js';
import { DispatchRepository } from './dispatch.repository.js';
import { DispatchNeed } from './dispatch-need.use-case.js';
import { DispatchQueue } from './dispatch-queue.js';
import { InboundMessagesRepository } from './inbound-messages.repository.js';
import { NeedsController } from './needs.controller.js';
import { NeedsRepository } from './needs.repository.js';
import { NeedsService } from './needs.service.js';
import { RequestTimers } from './request-timers.service.js';
import { ResponsesController } from './responses.controller.js';
import { SmsRepliesController } from './sms-replies.controller.js';
import { SmsRepliesService } from './sms-replies.service.js';

@Module({
  imports: [AuthModule, MessagingModule, WebhooksModule],
  controllers: [NeedsController, ResponsesController, SmsRepliesController],
  providers: [
    DispatchRepository,
    NeedsRepository,
    InboundMessagesRepository,
    DispatchQueue,
    DispatchNeed,
    AnswerRequest,
    RequestTimers,
    DispatchJobs,
    NeedsService,
    AnswerPagePresenter,
    AnswerPageService,
    SmsRepliesService,
  ],
  exports: [NeedsService, AnswerRequest, DispatchNeed, RequestTimers],
})
export class DispatchModule {}
