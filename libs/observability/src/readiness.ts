import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/**
 * Whether this process should be sent new work. A load balancer polls /ready: on SIGTERM it
 * answers 503 first (for SHUTDOWN_DRAIN_MS), so traffic moves away before the server stops.
 */
@Injectable()
export class Readiness implements BeforeApplicationShutdown {
  private draining = false;

  get accepting(): boolean {
    return !this.draining;
  }

  drain(): void {
    this.draining = true;
  }

  beforeApplicationShutdown(): void {
    this.draining = true;
  }
}
