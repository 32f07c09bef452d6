import { Injectable, type OnModuleInit } from '@nestjs/common';

import { ControlDb } from '#tutti/control-plane';
import { JobsService, type QueueState } from '#tutti/jobs';
import { Metrics } from '#tutti/observability';
import { TenantClientPool } from '#tutti/tenancy';

/** The gauges read from other modules when Prometheus scrapes: the tenant pool, the queues. */
@Injectable()
export class ProcessMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly pool: TenantClientPool,
    private readonly jobs: JobsService,
    private readonly control: ControlDb,
  ) {}

  onModuleInit(): void {
    const m = this.metrics;
    const stats = () => this.pool.stats();
    m.counterFrom(
      'tutti_tenant_pool_hits_total',
      'Leases served by an open client',
      () => stats().hits,
    );
    m.counterFrom(
      'tutti_tenant_pool_misses_total',
      'Leases that opened a client',
      () => stats().misses,
    );
    m.counterFrom(
      'tutti_tenant_pool_evictions_total',
      'Clients closed to make room or when idle',
      () => stats().evictions,
    );
    const gauge = (name: string, help: string, read: () => number) =>
      m.gauge(name, help, [], () => [{ value: read() }]);
    gauge('tutti_tenant_pool_open_clients', 'Tenant clients open', () => stats().openClients);
    gauge('tutti_tenant_pool_busy_clients', 'Tenant clients leased now', () => stats().busyClients);
    gauge(
      'tutti_tenant_pool_open_connections',
      'Connections held by tenant clients',
      () => stats().openConnections,
    );
    gauge('tutti_tenant_pool_waiting', 'Requests waiting for a client slot', () => stats().waiting);
    gauge('tutti_tenant_pool_max_clients', 'The pool size', () => stats().maxClients);
    // One query per scrape feeds the three job gauges.
    let states: Promise<QueueState[]> | null = null;
    const queueStates = () => {
      states ??= this.jobs.queueStates().finally(() => setTimeout(() => (states = null), 1000));
      return states.catch(() => [] as QueueState[]);
    };
    m.gauge(
      'tutti_jobs',
      'Jobs by queue and state: ready (due now), deferred (a timer not due yet), active, failed',
      ['queue', 'state'],
      async () =>
        (await queueStates()).flatMap((q) =>
          (['ready', 'deferred', 'active', 'failed'] as const).map((state) => ({
            labels: { queue: q.queue, state },
            value: q[state],
          })),
        ),
    );
    m.gauge(
      'tutti_jobs_oldest_age_seconds',
      'Age of the oldest active job (stuck?) and oldest ready job (starved?) in each queue',
      ['queue', 'state'],
      async () =>
        (await queueStates()).flatMap((q) => [
          { labels: { queue: q.queue, state: 'active' }, value: q.oldestActiveSeconds },
          { labels: { queue: q.queue, state: 'ready' }, value: q.oldestReadySeconds },
        ]),
    );
    m.gauge(
      'tutti_db_pool_connections',
      'Connections of the control-plane and job-database pools: open, idle, and callers waiting',
      ['pool', 'state'],
      () => {
        const pools: Array<[string, { total: number; idle: number; waiting: number } | null]> = [
          ['control-plane', this.control.poolStats()],
          ['job-database', this.jobs.poolStats()],
        ];
        return pools.flatMap(([pool, s]) =>
          s
            ? [
                { labels: { pool, state: 'open' }, value: s.total },
                { labels: { pool, state: 'idle' }, value: s.idle },
                { labels: { pool, state: 'waiting' }, value: s.waiting },
              ]
            : [],
        );
      },
    );
  }
}
