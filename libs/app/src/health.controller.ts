import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { Public } from '#tutti/auth';
import { ControlHealthRepository } from '#tutti/control-plane';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(private readonly control: ControlHealthRepository) {}

  /** Liveness: the process answers. */
  @Get('health')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  /** Readiness: the control-plane database answers, so tenants can be resolved. */
  @Get('ready')
  async ready() {
    if (await this.control.reachable()) return { status: 'ready' };
    throw new ServiceUnavailableException('The control-plane database is not reachable');
  }
}
