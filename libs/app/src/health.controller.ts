import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { Public } from '#tutti/auth';
import { DomainError } from '#tutti/common';
import { ControlHealthRepository } from '#tutti/control-plane';
import { Readiness } from '#tutti/observability';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly control: ControlHealthRepository,
    private readonly readiness: Readiness,
  ) {}

  /** Liveness: the process answers. */
  @Get('health')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  /**
   * Readiness: the control-plane database answers, so tenants can be resolved; and the process
   * is not shutting down (a load balancer stops sending before the server stops taking).
   */
  @Get('ready')
  async ready() {
    if (!this.readiness.accepting)
      throw new DomainError('server/shutting-down', 'unavailable', 'This copy is shutting down');
    if (await this.control.reachable()) return { status: 'ready' };
    throw new ServiceUnavailableException('The control-plane database is not reachable');
  }
}
