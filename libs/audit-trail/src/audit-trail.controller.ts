import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';

import { AuditEventPage, AuditTablesView, ListAuditQuery } from './audit-trail.dto.js';
import { AuditTrailService } from './audit-trail.service.js';

@ApiTags('audit')
@ApiBearerAuth()
@RequiresPermission('audit.read')
@Controller('api/audit')
export class AuditTrailController {
  constructor(private readonly trail: AuditTrailService) {}

  @ApiOperation({ summary: "Changes to the ensemble's data, newest first, with who made them" })
  @ApiOkResponse({ type: AuditEventPage })
  @Get('events')
  list(@Query() q: ListAuditQuery) {
    return this.trail.list(q);
  }

  @ApiOperation({ summary: 'The tables that have changes, for the filter' })
  @ApiOkResponse({ type: AuditTablesView })
  @Get('tables')
  tables() {
    return this.trail.tables();
  }
}
