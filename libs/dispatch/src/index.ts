export { requestsToSend, selectCandidates } from './candidate-selection.js';
export type { RankedMusician, Selection, SkipReason, Strategy } from './candidate-selection.js';
export { DispatchModule } from './dispatch.module.js';
export {
  DISPATCH_JOB,
  DispatchService,
  REMIND_JOB,
  SWEEP_JOB,
  TIMEOUT_JOB,
} from './dispatch.service.js';
