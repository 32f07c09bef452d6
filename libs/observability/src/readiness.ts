import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/** What this process needs to do its work, checked by /ready. */
export type ReadinessCheck = () => Promise<boolean>;

/**
 * Whether this process should be sent new work, and if not, what is down. A load balancer
 * polls /ready: on SIGTERM it answers 503 first (for SHUTDOWN_DRAIN_MS), so traffic moves away
 * before the server stops; while a database it needs is unreachable it answers 503 naming it.
 */
@Injectable()
export class Readiness implements BeforeApplicationShutdown {
  private draining = false;
  private readonly checks = new Map<string, ReadinessCheck>();

  get accepting(): boolean {
    return !this.draining;
  }

  drain(): void {
    this.draining = true;
  }

  /** Adds a dependency by name (`control-plane`, `job-database`). */
  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  /** The names of what is down now (`shutting-down` while draining); empty when ready. */
  async down(): Promise<string[]> {
    if (this.draining) return ['shutting-down'];
    const results = await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        const ok = await Promise.race([
          check().catch(() => false),
          new Promise<boolean>((r) => setTimeout(() => r(false), 2000).unref()),
        ]);
        return ok ? null : name;
      }),
    );
    return results.filter((n): n is string => n !== null);
  }

  beforeApplicationShutdown(): void {
    this.draining = true;
  }
}
