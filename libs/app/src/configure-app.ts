import { type INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';

import {
  APP_CONFIG,
  type AppConfig,
  assignRequestId,
  ErrorFilter,
  invalidInput,
} from '#tutti/common';
import { accessLog, AccessLogSink, Metrics, metricsEndpoint } from '#tutti/observability';

import { bodyParsers } from './body-parsers.js';
import { answerClientErrorsInEnvelope } from './client-errors.js';
import { InputSafetyPipe } from './input-safety.pipe.js';
import { buildOpenApiDocument } from './openapi.js';
import { securityHeaders } from './security-headers.js';
import { webAssets } from './web-app.js';

/**
 * Everything main.ts and the e2e tests share, so tests run the app as it is deployed. The app
 * must be created with `bodyParser: false`: the parsers here replace Nest's.
 */
export function configureApp(app: INestApplication): INestApplication {
  const express = app as NestExpressApplication;
  const config = app.get<AppConfig>(APP_CONFIG);
  // Only the proxies TRUST_PROXY names may set the client address and scheme: a spoofed
  // X-Forwarded-For from anyone else cannot reset a per-address budget.
  express.set('trust proxy', config.trustProxy);
  express.disable('x-powered-by');
  // Before anything else (the body parsers included): every answer has a request id.
  const metrics = app.get(Metrics);
  app.use(
    assignRequestId,
    accessLog(metrics, config.operations.accessLog ? app.get(AccessLogSink) : null),
    securityHeaders(config.env === 'production'),
    ...bodyParsers(),
  );
  // Prometheus, on any host, behind METRICS_TOKEN; before tenant resolution.
  app.use('/metrics', metricsEndpoint(metrics, config.operations.metricsToken));
  // The web app's hashed assets are the same on every host: served before tenant resolution.
  app.use('/assets', webAssets(config));
  answerClientErrorsInEnvelope(express.getHttpServer());
  app.useGlobalPipes(
    new InputSafetyPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: invalidInput,
    }),
  );
  app.useGlobalFilters(new ErrorFilter());
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app));
  return app;
}
