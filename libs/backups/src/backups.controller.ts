import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { PageQuery } from '#tutti/common';

import { BackupPage, BackupView, RestoreDto, RestoreView } from './backups.dto.js';
import { BackupsService } from './backups.service.js';
import { RestoreBackup } from './restore-backup.use-case.js';

const Id = () => Param('id', new ParseUUIDPipe({ version: '4' }));

/** Superadmins' backups of each ensemble's database (central domain). */
@ApiTags('platform')
@ApiBearerAuth()
@Controller('platform')
export class BackupsController {
  constructor(
    private readonly backups: BackupsService,
    private readonly restoring: RestoreBackup,
  ) {}

  @ApiOperation({ summary: "An ensemble's backups, newest first, with size and checksum" })
  @ApiOkResponse({ type: BackupPage })
  @Get('orchestras/:id/backups')
  list(@Id() id: string, @Query() q: PageQuery) {
    return this.backups.list(id, q);
  }

  @ApiOperation({ summary: "Back an ensemble's database up now" })
  @ApiCreatedResponse({ type: BackupView })
  @Post('orchestras/:id/backups')
  @HttpCode(201)
  take(@Id() id: string) {
    return this.backups.takeFor(id);
  }

  @ApiOperation({ summary: 'Restore a backup: switch the ensemble to it, or beside it to inspect' })
  @ApiOkResponse({ type: RestoreView })
  @Post('backups/:id/restore')
  @HttpCode(200)
  restore(@Id() id: string, @Body() dto: RestoreDto) {
    return this.restoring.execute(id, dto);
  }
}
