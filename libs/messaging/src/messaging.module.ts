import { Inject, Module, type OnModuleInit } from '@nestjs/common';

import { AccountEmails, AuthModule } from '#tutti/auth';
import { ProjectsModule } from '#tutti/projects';
import { TenantSeeds } from '#tutti/tenancy';

import { CommunicationsService } from './communications.service.js';
import { DeliveryWebhooksService } from './delivery-webhooks.service.js';
import { GroupEmailController } from './group-email.controller.js';
import { GroupEmailService } from './group-email.service.js';
import { MessageQueue } from './message-queue.js';
import { MessagingController } from './messaging.controller.js';
import { MessagingJobs } from './messaging.jobs.js';
import { MessagingRepository } from './messaging.repository.js';
import { seedTemplates } from './messaging.seed.js';
import { MessagingSettingsService } from './messaging-settings.service.js';
import { NotifyListExhausted } from './notify-list-exhausted.use-case.js';
import { NotifyRequests } from './notify-requests.use-case.js';
import { ProviderCredentials } from './provider-credentials.js';
import { ProviderGateway } from './provider-gateway.js';
import { SendAccountEmail } from './send-account-email.use-case.js';
import { SendEmailNotice } from './send-email-notice.use-case.js';
import { SendGroupEmail } from './send-group-email.use-case.js';
import { SendMessage } from './send-message.use-case.js';
import { SmsOptOuts } from './sms-opt-outs.service.js';
import { TemplatesController } from './templates.controller.js';
import { TemplatesRepository } from './templates.repository.js';
import { TemplatesService } from './templates.service.js';
import { TwilioSignature } from './twilio-signature.js';
import { DeliveryWebhooksController } from './webhooks.controller.js';

@Module({
  imports: [ProjectsModule, AuthModule],
  controllers: [
    MessagingController,
    DeliveryWebhooksController,
    TemplatesController,
    GroupEmailController,
  ],
  providers: [
    MessagingRepository,
    TemplatesRepository,
    ProviderCredentials,
    ProviderGateway,
    MessageQueue,
    NotifyRequests,
    NotifyListExhausted,
    SendGroupEmail,
    SendMessage,
    SendAccountEmail,
    SendEmailNotice,
    MessagingJobs,
    CommunicationsService,
    MessagingSettingsService,
    TemplatesService,
    DeliveryWebhooksService,
    GroupEmailService,
    TwilioSignature,
    SmsOptOuts,
  ],
  exports: [NotifyRequests, NotifyListExhausted, TwilioSignature, SmsOptOuts, SendEmailNotice],
})
export class MessagingModule implements OnModuleInit {
  constructor(
    @Inject(TenantSeeds) private readonly seeds: TenantSeeds,
    @Inject(AccountEmails) private readonly accountEmails: AccountEmails,
    @Inject(SendAccountEmail) private readonly accountEmail: SendAccountEmail,
  ) {}

  onModuleInit(): void {
    this.seeds.contribute('templates', seedTemplates);
    this.accountEmails.useSender((email) => this.accountEmail.execute(email));
  }
}
