import { Module } from '@nestjs/common';
import { MessagingController } from './messaging.controller.js';
import { MessagingRepository } from './messaging.repository.js';
import { MessagingService } from './messaging.service.js';
import { ProviderGateway } from './provider-gateway.js';
import { TemplatesController } from './templates.controller.js';
import { TwilioSignature } from './twilio-signature.js';
import { DeliveryWebhooksController } from './webhooks.controller.js';

@Module({
  controllers: [MessagingController, DeliveryWebhooksController, TemplatesController],
  providers: [MessagingService, MessagingRepository, ProviderGateway, TwilioSignature],
  exports: [MessagingService, MessagingRepository, TwilioSignature],
})
export class MessagingModule {}
