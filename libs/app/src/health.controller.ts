import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { Public } from '#tutti/auth';
import { DomainError } from '#tutti/common';
import { Readiness } from '#tutti/observability';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(private readonly readiness: Readiness) {}

  /** Liveness: the process answers. */
  @Get('health')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  /**
   * Readiness: the databases this copy needs answer (the control plane, so tenants can be
   * resolved; the job database), and the process is not shutting down (a load balancer stops
   * sending before the server stops taking). A 503 names what is down.
   */
  @Get('ready')
  async ready() {
    const down = await this.readiness.down();
    if (down.length === 0) return { status: 'ready' };
    if (down.includes('shutting-down'))
      throw new DomainError('server/shutting-down', 'unavailable', 'This copy is shutting down', {
        down,
      });
    throw new DomainError(
      'server/not-ready',
      'unavailable',
      `Not ready: ${down.join(', ')} unreachable`,
      { down },
      { 'Retry-After': '5' },
    );
  }
}
