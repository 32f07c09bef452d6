export { MessagingModule } from './messaging.module.js';
export { MessagingService, SEND_MESSAGE_JOB } from './messaging.service.js';
export { MessagingRepository } from './messaging.repository.js';
export { ProviderGateway } from './provider-gateway.js';
export { TwilioSignature } from './twilio-signature.js';
export { render } from './templates.js';
export type { MessageType } from './templates.js';
