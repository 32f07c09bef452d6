import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '#tutti/auth';
import { ControlDb } from '#tutti/control-plane';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(private readonly control: ControlDb) {}

  /** Liveness: the process answers. */
  @Get('health')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  /** Readiness: the control-plane database answers, so tenants can be resolved. */
  @Get('ready')
  async ready() {
    try {
      await this.control.client.$queryRaw`SELECT 1`;
      return { status: 'ready' };
    } catch {
      throw new ServiceUnavailableException('The control-plane database is not reachable');
    }
  }
}
