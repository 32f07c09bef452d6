import { Controller, Delete, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExcludeEndpoint,
  ApiNoContentResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';

import { Public, RequiresPermission } from '#tutti/auth';
import { DomainError } from '#tutti/common';

import { CalendarService } from './calendar.service.js';

export class CalendarFeedView {
  @ApiProperty({ description: 'The secret feed address; shown once, revocable' }) url: string;
}

const ICS = 'text/calendar; charset=utf-8';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @ApiExcludeEndpoint()
  @Public()
  @Get('calendar/public.ics')
  @Header('content-type', ICS)
  @Header('cache-control', 'public, max-age=300')
  publicFeed() {
    return this.calendar.publicFeed();
  }

  @ApiExcludeEndpoint()
  @Public()
  @Get('calendar/m/:file')
  @Header('cache-control', 'no-store')
  @Header('referrer-policy', 'no-referrer')
  async memberFeed(@Param('file') file: string, @Res() res: Response) {
    const ics = await this.calendar.memberFeed(file.replace(/\.ics$/, ''));
    if (ics === null)
      throw new DomainError('calendar/unknown-feed', 'not_found', 'No such calendar feed');
    res.type(ICS).send(ics);
  }

  @ApiOperation({ summary: 'A new secret calendar feed for a member (the old one stops)' })
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: CalendarFeedView })
  @RequiresPermission('musicians.write')
  @Post('api/musicians/:id/calendar-feed')
  issue(@Param('id') id: string) {
    return this.calendar.issue(id);
  }

  @ApiOperation({ summary: "Revoke a member's calendar feed" })
  @ApiBearerAuth()
  @ApiNoContentResponse()
  @HttpCode(204)
  @RequiresPermission('musicians.write')
  @Delete('api/musicians/:id/calendar-feed')
  revoke(@Param('id') id: string) {
    return this.calendar.revoke(id);
  }
}
