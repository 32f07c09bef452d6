import { Module } from '@nestjs/common';
import { MessagingController } from './messaging.controller.js';
import { MessagingRepository } from './messaging.repository.js';
import { MessagingService } from './messaging.service.js';
import { ProviderGateway } from './provider-gateway.js';

@Module({
  controllers: [MessagingController],
  providers: [MessagingService, MessagingRepository, ProviderGateway],
  exports: [MessagingService],
})
export class MessagingModule {}
