import { Inject, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import PgBoss from 'pg-boss';

import { APP_CONFIG, type AppConfig } from '#tutti/common';
import { Metrics } from '#tutti/observability';

import { JOB_SCHEMA, JobDatabase, type QueueState } from './job-database.js';

export interface JobDefinition<T> {
  name: string;
  handler: (data: T, job: { id: string; retryCount: number }) => Promise<void>;
  /** pg-boss queue policy: `stately` keeps one queued and one running job per singleton key. */
  policy?: 'standard' | 'stately';
  retryLimit?: number;
  retryDelaySeconds?: number;
  /**
   * How long a job may run before pg-boss takes it as lost and retries it: sized to the job,
   * since it is also how long work caught by a dying process waits (seconds for a send or a
   * dispatch, longer for provisioning, moves and backups).
   */
  expireInSeconds: number;
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
        schema: JOB_SCHEMA,
        supervise: true,
        schedule: true,
        // How often expired (lost) jobs are found and retried: with the queues' expiry, the
        // bound on how long a dead worker's job waits.
        maintenanceIntervalSeconds: this.config.jobs.maintenanceIntervalSeconds,
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
        const options = {
          name: def.name,
          policy: def.policy ?? 'standard',
          retryLimit: def.retryLimit ?? 3,
          retryDelay: def.retryDelaySeconds ?? 5,
          retryBackoff: true,
          expireInSeconds: def.expireInSeconds,
        };
        await boss.createQueue(def.name, options);
        // A queue made by an earlier version keeps its old settings unless told (createQueue
        // does nothing when the queue exists).
        await boss.updateQueue(def.name, options);
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
    await this.insert(items.map((item) => ({ name, ...item })));
  }

  /**
   * Jobs of any defined queues in one insert per thousand, each with its queue's retry and
   * expiry. A job given an `id` that is already queued is not queued again (pg-boss inserts
   * with ON CONFLICT DO NOTHING): how a relay that runs twice queues each job once.
   */
  async insert(
    items: Array<{
      name: string;
      data: object;
      id?: string;
      startAfter?: Date;
      singletonKey?: string;
    }>,
  ): Promise<void> {
    if (items.length === 0) return;
    const defs = items.map((item) => {
      const def = this.definitions.get(item.name);
      if (!def) throw new Error(`Unknown job ${item.name}`);
      return def;
    });
    const boss = await this.instance();
    for (let i = 0; i < items.length; i += 1000) {
      await boss.insert(
        items.slice(i, i + 1000).map((item, j) => {
          const def = defs[i + j];
          return {
            ...item,
            retryLimit: def.retryLimit ?? 3,
            retryDelay: def.retryDelaySeconds ?? 5,
            retryBackoff: true,
            expireInSeconds: def.expireInSeconds,
          };
        }),
      );
    }
    for (const name of new Set(items.map((item) => item.name)))
      for (const worker of this.workers.get(name) ?? []) boss.notifyWorker(worker);
  }

  /** Each queue's jobs by state and the oldest's age, for metrics; none before start. */
  async queueStates(): Promise<QueueState[]> {
    if (!this.starting || this.stopping) return [];
    const boss = await this.starting.catch(() => undefined);
    if (!boss || !this.database) return [];
    return this.database.queueStates();
  }

  /** The job database's connections, for metrics; null before start. */
  poolStats(): { total: number; idle: number; waiting: number } | null {
    return this.database?.stats() ?? null;
  }

  /** Whether the job database answers (true where this process has not started jobs). */
  async reachable(): Promise<boolean> {
    if (!this.starting) return true;
    const boss = await this.starting.catch(() => undefined);
    return !!boss && !!this.database && (await this.database.reachable());
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
