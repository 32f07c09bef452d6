export type { WebhookEvent } from './dto/webhooks.dto.js';
export { WEBHOOK_EVENTS } from './dto/webhooks.dto.js';
export { SIGNATURE_HEADER, signPayload, verifyTuttiSignature } from './signature.js';
export { WebhookEvents } from './webhook-events.js';
export { WebhooksModule } from './webhooks.module.js';
