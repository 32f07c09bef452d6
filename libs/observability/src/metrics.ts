import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Sample {
  labels?: Record<string, string>;
  value: number;
}

/**
 * This process's Prometheus metrics, in a registry of its own (tests run several apps in one
 * process). Labels are bounded: routes are patterns (`/api/musicians/:id`), never paths, and
 * no tenant appears in a label.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'tutti_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'tutti_http_request_duration_seconds',
    help: 'Time from the request arriving to its answer being sent',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly provisioning = new Counter({
    name: 'tutti_provisioning_total',
    help: 'Provisioning pipeline runs that ended, by outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly migrations = new Counter({
    name: 'tutti_tenant_migrations_total',
    help: 'Tenant databases migrated, by outcome (migrated, up-to-date, failed)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly moves = new Counter({
    name: 'tutti_database_moves_total',
    help: 'Runs of tenant database moves that ended, by outcome (succeeded, failed)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'tutti_job_failures_total',
    help: 'Job attempts that threw, by queue',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'tutti_' });
  }

  /** A gauge whose samples are read when Prometheus scrapes. */
  gauge(
    name: string,
    help: string,
    labelNames: string[],
    read: () => Sample[] | Promise<Sample[]>,
  ): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const s of await read()) this.set(s.labels ?? {}, s.value);
      },
    });
  }

  /** A counter kept elsewhere (the pool's hits, say), reported as it stands when scraped. */
  counterFrom(name: string, help: string, read: () => number): void {
    new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
