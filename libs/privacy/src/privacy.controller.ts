import { Body, Controller, Get, Header, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';

import { EraseWaitlistDto, RetentionPeriodsDto } from './dto/privacy.dto.js';
import {
  AnonymisedView,
  ErasedView,
  PersonalDataExportView,
  RetentionView,
} from './dto/privacy.views.js';
import { PersonalDataService } from './personal-data.service.js';
import { TenantRetention } from './tenant-retention.service.js';

@ApiTags('privacy')
@ApiBearerAuth()
@RequiresPermission('privacy.manage')
@Controller('api')
export class PrivacyController {
  constructor(
    private readonly people: PersonalDataService,
    private readonly retention: TenantRetention,
  ) {}

  @ApiOperation({ summary: 'Everything about one person, as one JSON file' })
  @ApiOkResponse({ type: PersonalDataExportView })
  @Get('musicians/:id/export')
  @Header('Content-Disposition', 'attachment; filename="personal-data.json"')
  @Header('Cache-Control', 'no-store')
  export(@Param('id') id: string) {
    return this.people.export(id);
  }

  @ApiOperation({
    summary: 'Anonymise a person: identity gone, statistics kept (cannot be undone)',
  })
  @ApiOkResponse({ type: AnonymisedView })
  @Post('musicians/:id/anonymise')
  @HttpCode(200)
  anonymise(@Param('id') id: string) {
    return this.people.anonymise(id);
  }

  @ApiOperation({ summary: "Erase a person's waitlist entries on their request" })
  @ApiOkResponse({ type: ErasedView })
  @Post('privacy/waitlist-erasure')
  @HttpCode(200)
  eraseWaitlist(@Body() dto: EraseWaitlistDto) {
    return this.people.eraseWaitlist(dto.email);
  }

  @ApiOperation({ summary: 'Retention periods and the latest runs' })
  @ApiOkResponse({ type: RetentionView })
  @Get('privacy/retention')
  retentionShow() {
    return this.retention.show();
  }

  @ApiOperation({ summary: 'Change the retention periods' })
  @ApiOkResponse({ type: RetentionView })
  @Put('privacy/retention')
  retentionSet(@Body() dto: RetentionPeriodsDto) {
    return this.retention.setPeriods(dto);
  }

  @ApiOperation({ summary: 'Apply the retention rules now (they also run daily)' })
  @ApiOkResponse({ type: RetentionView })
  @Post('privacy/retention/run')
  @HttpCode(200)
  retentionRun() {
    return this.retention.runNow();
  }
}
