import { Inject, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import PgBoss from 'pg-boss';

import { APP_CONFIG, type AppConfig } from '#tutti/common';
import { Metrics } from '#tutti/observability';

import { JobDatabase } from './job-database.js';

export interface JobDefinition<T> {
  name: string;
  handler: (data: T, job: { id: string; retryCount: number }) => Promise<void>;
  /** pg-boss queue policy: `stately` keeps one queued and one running job per singleton key. */
  policy?: 'standard' | 'stately';
  retryLimit?: number;
  retryDelaySeconds?: number;
  expireInSeconds?: number;
  /** Workers for this queue in each process (each takes one job at a time). */
  concurrency?: number;
}

/**
 * Durable jobs on pg-boss 10 (the last major that runs on Node 20) in the control-plane
 * database, under the `pgboss` schema. Every gateway or worker copy may run handlers; pg-boss
 * hands each job to one of them. Handlers must be idempotent: a job can run again after a crash.
 */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private starting?: Promise<PgBoss>;
  private database?: JobDatabase;
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private readonly workers = new Map<string, string[]>();
  private readonly schedules = new Map<string, string>();
  private stopping = false;
  /**
   * One entry per job in hand. Shutdown waits for them, then abandons any still running: the
   * job is recorded as failed (retried here or on another copy; handlers are idempotent) and
   * pg-boss's worker loop ends, instead of polling on after stop() has returned.
   */
  private readonly running = new Set<() => void>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly metrics?: Metrics,
  ) {}

  define<T>(definition: JobDefinition<T> & { cron?: string }): void {
    this.definitions.set(definition.name, definition);
    if (definition.cron) this.schedules.set(definition.name, definition.cron);
  }

  private async instance(): Promise<PgBoss> {
    this.starting ??= (async () => {
      this.database = new JobDatabase(this.config.controlDatabaseUrl, 4, (err) =>
        this.logger.warn(`pg-boss connection: ${err.message}`),
      );
      const boss = new PgBoss({
        db: this.database,
        schema: 'pgboss',
        supervise: true,
        schedule: true,
      });
      boss.on('error', (err: Error & { code?: string }) => {
        // 57P01: the database server is shutting down or restarting (pg-boss reconnects).
        // A worker polling while this process stops; it ends with the poll.
        if (this.stopping && err.message.startsWith('job database closed')) return;
        if (err.code === '57P01') this.logger.warn(`pg-boss: ${err.message}`);
        else this.logger.error(`pg-boss: ${err.message}`);
      });
      await boss.start();
      for (const def of this.definitions.values()) {
        await boss.createQueue(def.name, {
          name: def.name,
          policy: def.policy ?? 'standard',
          retryLimit: def.retryLimit ?? 3,
          retryDelay: def.retryDelaySeconds ?? 5,
          retryBackoff: true,
          expireInSeconds: def.expireInSeconds ?? 15 * 60,
        });
      }
      return boss;
    })();
    return this.starting;
  }

  /** Starts consuming every defined queue in this process, and registers the cron schedules. */
  async startWorkers(): Promise<void> {
    const boss = await this.instance();
    for (const [name, cron] of this.schedules) await boss.schedule(name, cron, {}, { tz: 'UTC' });
    for (const def of this.definitions.values()) {
      if (this.workers.has(def.name)) continue;
      const ids: string[] = [];
      for (let i = 0; i < (def.concurrency ?? 2); i++) {
        const id: string = await boss.work<unknown>(
          def.name,
          { pollingIntervalSeconds: this.config.jobs.pollingIntervalSeconds, batchSize: 1 },
          async ([job]) => {
            if (!job) return;
            // Shutting down: hand the job back (pg-boss retries it, here or on another copy).
            if (this.stopping) throw new Error('worker shutting down');
            const work = def.handler(job.data as never, {
              id: job.id,
              retryCount: (job as { retryCount?: number }).retryCount ?? 0,
            });
            try {
              await new Promise<void>((resolve, reject) => {
                const abandon = () => {
                  this.logger.warn(`${def.name}: still running at shutdown, handed back`);
                  reject(new Error('worker shut down while the job was running'));
                };
                this.running.add(abandon);
                work.then(resolve, reject).finally(() => this.running.delete(abandon));
              });
            } catch (err) {
              this.metrics?.jobFailures.inc({ queue: def.name });
              throw err;
            } finally {
              // A worker that just finished a job looks for the next at once instead of
              // sleeping a polling interval: a queue of 500 messages drains continuously.
              if (!this.stopping) boss.notifyWorker(id);
            }
          },
        );
        ids.push(id);
      }
      this.workers.set(def.name, ids);
    }
  }

  async send<T extends object>(
    name: string,
    data: T,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    const boss = await this.instance();
    const id = await boss.send(name, data, options);
    // A local worker need not wait for its next poll.
    for (const worker of this.workers.get(name) ?? []) boss.notifyWorker(worker);
    return id;
  }

  /** Many jobs of one kind in one insert (a dispatch to 500 musicians queues 1,500 jobs). */
  async sendMany<T extends object>(
    name: string,
    items: Array<{ data: T; startAfter?: Date }>,
  ): Promise<void> {
    const def = this.definitions.get(name);
    if (!def) throw new Error(`Unknown job ${name}`);
    if (items.length === 0) return;
    const boss = await this.instance();
    for (let i = 0; i < items.length; i += 1000) {
      await boss.insert(
        items.slice(i, i + 1000).map((item) => ({
          name,
          data: item.data,
          startAfter: item.startAfter,
          retryLimit: def.retryLimit ?? 3,
          retryDelay: def.retryDelaySeconds ?? 5,
          retryBackoff: true,
          expireInSeconds: def.expireInSeconds ?? 15 * 60,
        })),
      );
    }
    for (const worker of this.workers.get(name) ?? []) boss.notifyWorker(worker);
  }

  /** Jobs waiting in each defined queue (created or retry), for metrics; none before start. */
  async queueDepths(): Promise<Array<{ queue: string; depth: number }>> {
    if (!this.starting) return [];
    const boss = await this.starting.catch(() => undefined);
    if (!boss || this.stopping) return [];
    return Promise.all(
      [...this.definitions.keys()].map(async (queue) => ({
        queue,
        depth: await boss.getQueueSize(queue),
      })),
    );
  }

  /**
   * Puts a failed job back in its queue (pg-boss raises its retry limit by one). One UPDATE
   * guarded by the failed state: of two retries at once, one wins and the other gets false.
   */
  async retry(name: string, id: string): Promise<boolean> {
    const boss = await this.instance();
    // pg-boss 10 answers { affected } though its typings say void.
    const result = (await boss.retry(name, id)) as unknown as { affected?: number } | undefined;
    for (const worker of this.workers.get(name) ?? []) boss.notifyWorker(worker);
    return result?.affected === undefined || result.affected > 0;
  }

  /**
   * Stops in an order that leaves nothing running: no new work, the jobs in hand finished,
   * the (then idle) workers stopped, and only then pg-boss itself. Stopping pg-boss with busy
   * workers leaves a background loop polling every second after stop() has returned.
   */
  async onApplicationShutdown(): Promise<void> {
    if (!this.starting) return;
    const boss = await this.starting.catch(() => undefined);
    if (!boss) return;
    this.stopping = true;
    for (let waited = 0; this.running.size > 0 && waited < 10_000; waited += 20)
      await new Promise((r) => setTimeout(r, 20));
    for (const abandon of this.running) abandon();
    for (const name of this.workers.keys()) await boss.offWork(name);
    await new Promise((r) => setTimeout(r, 20));
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    await this.database?.close();
  }
}
