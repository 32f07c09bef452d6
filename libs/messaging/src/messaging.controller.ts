import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { Roles } from '#tutti/auth';

import { CommunicationsService } from './communications.service.js';
import { ListCommunicationsQuery, MessagingSettingsDto } from './dto/messaging.dto.js';
import { MessagingSettingsService } from './messaging-settings.service.js';

@ApiTags('communication')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api')
export class MessagingController {
  constructor(
    private readonly communications: CommunicationsService,
    private readonly settings: MessagingSettingsService,
  ) {}

  @Get('communications')
  list(@Query() q: ListCommunicationsQuery) {
    return this.communications.list(q);
  }

  @Get('settings/messaging')
  getSettings() {
    return this.settings.get();
  }

  @Roles('admin')
  @Put('settings/messaging')
  update(@Body() dto: MessagingSettingsDto) {
    return this.settings.update(dto);
  }
}
