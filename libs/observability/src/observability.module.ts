import { Global, Module } from '@nestjs/common';

import { AccessLogSink, JsonAccessLogSink } from './access-log.js';
import { Metrics } from './metrics.js';
import { Readiness } from './readiness.js';

const providers = [Metrics, Readiness, { provide: AccessLogSink, useClass: JsonAccessLogSink }];

@Global()
@Module({ providers, exports: [Metrics, Readiness, AccessLogSink] })
export class ObservabilityModule {}
