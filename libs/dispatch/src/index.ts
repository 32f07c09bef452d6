export type { AnswerOutcome, AnswerRequestCommand } from './answer-request.use-case.js';
export { AnswerRequest } from './answer-request.use-case.js';
export { DispatchModule } from './dispatch.module.js';
export { DispatchNeed } from './dispatch-need.use-case.js';
export { DISPATCH_JOB, REMIND_JOB, SWEEP_JOB, TIMEOUT_JOB } from './dispatch-queue.js';
export { NeedsService } from './needs.service.js';
export { RequestTimers } from './request-timers.service.js';
export { esc } from './response-page.js';
