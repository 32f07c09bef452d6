import { Injectable, type OnModuleInit } from '@nestjs/common';

import { JobsService } from '#tutti/jobs';
import { Metrics } from '#tutti/observability';
import { TenantClientPool } from '#tutti/tenancy';

/** The gauges read from other modules when Prometheus scrapes: the tenant pool, the queues. */
@Injectable()
export class ProcessMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly pool: TenantClientPool,
    private readonly jobs: JobsService,
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
    m.gauge('tutti_job_queue_depth', 'Jobs waiting in each queue', ['queue'], async () =>
      (await this.jobs.queueDepths()).map((q) => ({ labels: { queue: q.queue }, value: q.depth })),
    );
  }
}
