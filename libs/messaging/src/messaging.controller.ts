import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';

import { CommunicationsService } from './communications.service.js';
import {
  CommunicationPage,
  ListCommunicationsQuery,
  MessagingSettingsDto,
  MessagingSettingsView,
} from './dto/messaging.dto.js';
import { MessagingSettingsService } from './messaging-settings.service.js';

@ApiTags('communication')
@ApiBearerAuth()
@RequiresPermission('messaging.read')
@Controller('api')
export class MessagingController {
  constructor(
    private readonly communications: CommunicationsService,
    private readonly settings: MessagingSettingsService,
  ) {}

  @ApiOperation({ summary: 'The communication log, newest first, filtered' })
  @ApiOkResponse({ type: CommunicationPage })
  @Get('communications')
  list(@Query() q: ListCommunicationsQuery) {
    return this.communications.list(q);
  }

  @ApiOperation({ summary: 'Messaging settings (secrets shown only as set or not set)' })
  @ApiOkResponse({ type: MessagingSettingsView })
  @Get('settings/messaging')
  getSettings() {
    return this.settings.get();
  }

  @ApiOperation({ summary: 'Change messaging settings (secrets are write-only)' })
  @ApiOkResponse({ type: MessagingSettingsView })
  @RequiresPermission('messaging.settings')
  @Put('settings/messaging')
  update(@Body() dto: MessagingSettingsDto) {
    return this.settings.update(dto);
  }
}
