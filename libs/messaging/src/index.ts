export { SEND_MESSAGE_JOB } from './message-queue.js';
export { MessagingModule } from './messaging.module.js';
export { NotifyListExhausted } from './notify-list-exhausted.use-case.js';
export type { NotifyRequestsCommand } from './notify-requests.use-case.js';
export { NotifyRequests } from './notify-requests.use-case.js';
export { SmsOptOuts } from './sms-opt-outs.service.js';
export type { MessageType } from './templates.js';
export { TwilioSignature } from './twilio-signature.js';
