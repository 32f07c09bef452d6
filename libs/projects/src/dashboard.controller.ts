import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';

import { DashboardService } from './dashboard.service.js';
import { DashboardView } from './dashboard.views.js';

@ApiTags('dashboard')
@ApiBearerAuth()
@RequiresPermission('projects.read')
@Controller('api/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOperation({ summary: 'Needs in progress, needs whose list ran out, the latest answers' })
  @ApiOkResponse({ type: DashboardView })
  get() {
    return this.dashboard.get();
  }
}
