import { Module } from '@nestjs/common';

import { WebhookDelivery } from './webhook-delivery.js';
import { WebhookEvents } from './webhook-events.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksRepository } from './webhooks.repository.js';
import { WebhooksService } from './webhooks.service.js';

/** Outgoing webhooks: endpoints, signed deliveries retried from a job, replay. */
@Module({
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhooksRepository, WebhookEvents, WebhookDelivery],
  exports: [WebhookEvents],
})
export class WebhooksModule {}
