// The job worker as a process of its own (npm run worker): the same modules as the gateway,
// no HTTP. Run gateways with JOBS_ENABLED=false and as many workers as the job load needs;
// pg-boss hands each job to one of them.
import { NestFactory } from '@nestjs/core';

import { AppModule } from '#tutti/app';
import { JsonLogger, loadConfig } from '#tutti/common';
import { installProcessGuards, Metrics, Readiness, startProbeServer } from '#tutti/observability';
import { loadDotEnv, prepareRuntime } from '#tutti/runtime';

import 'reflect-metadata';

loadDotEnv();
if (!process.env.DATABASE_URL) {
  // The embedded database belongs to the `npm start` process, which runs the jobs itself.
  console.error(
    'npm run worker needs DATABASE_URL: in local mode the gateway runs the jobs itself.',
  );
  process.exit(2);
}
const runtime = await prepareRuntime((l) => console.error(l));
const config = loadConfig();
const logger = new JsonLogger(config.logLevel);
installProcessGuards(logger);
const ctx = await NestFactory.createApplicationContext(
  AppModule.forRoot({ ...config, jobs: { ...config.jobs, enabled: true } }),
  { logger },
);
const readiness = ctx.get(Readiness);
const probes = await startProbeServer({
  port: config.operations.workerPort,
  down: () => readiness.down(),
  metrics: ctx.get(Metrics),
  metricsToken: config.operations.metricsToken,
});
logger.log(
  `Tutti worker running every job queue; /health, /ready and /metrics on port ${config.operations.workerPort}`,
  'Worker',
);
const stop = async () => {
  readiness.drain();
  probes.close();
  await ctx.close();
  await runtime.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
