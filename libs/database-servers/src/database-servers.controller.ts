import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import {
  DatabaseServerChangeDto,
  DatabaseServerView,
  MoveOffView,
  MoveView,
  NewDatabaseServerDto,
  NewMoveDto,
} from './database-servers.dto.js';
import { DatabaseServersService } from './database-servers.service.js';
import { MoveOffServer } from './move-off-server.use-case.js';
import { TenantMovesService } from './tenant-moves.service.js';

const Id = () => Param('id', new ParseUUIDPipe({ version: '4' }));

/** Superadmins' database servers and tenant moves between them (central domain). */
@ApiTags('platform')
@ApiBearerAuth()
@Controller('platform')
export class DatabaseServersController {
  constructor(
    private readonly servers: DatabaseServersService,
    private readonly moves: TenantMovesService,
    private readonly movingOff: MoveOffServer,
  ) {}

  @ApiOperation({ summary: 'The database servers ensembles are placed on, with their load' })
  @ApiOkResponse({ type: [DatabaseServerView] })
  @Get('database-servers')
  list() {
    return this.servers.list();
  }

  @ApiOperation({
    summary: 'Register a server (checked first: it must answer and may create databases)',
  })
  @ApiCreatedResponse({ type: DatabaseServerView })
  @Post('database-servers')
  add(@Body() dto: NewDatabaseServerDto) {
    return this.servers.add(dto);
  }

  @ApiOperation({ summary: 'Open, drain or close a server; change its capacity or region' })
  @ApiOkResponse({ type: DatabaseServerView })
  @Patch('database-servers/:id')
  change(@Id() id: string, @Body() dto: DatabaseServerChangeDto) {
    return this.servers.change(id, dto);
  }

  @ApiOperation({ summary: 'Move every ensemble off a draining server (one move each)' })
  @ApiAcceptedResponse({ type: MoveOffView })
  @Post('database-servers/:id/move-off')
  @HttpCode(202)
  moveOff(@Id() id: string) {
    return this.movingOff.execute(id);
  }

  @ApiOperation({ summary: "An ensemble's database moves, newest first" })
  @ApiOkResponse({ type: [MoveView] })
  @Get('orchestras/:id/moves')
  listMoves(@Id() id: string) {
    return this.moves.list(id);
  }

  @ApiOperation({ summary: "Move an ensemble's database to another server (runs in a job)" })
  @ApiAcceptedResponse({ type: MoveView })
  @Post('orchestras/:id/moves')
  @HttpCode(202)
  move(@Id() id: string, @Body() dto: NewMoveDto) {
    return this.moves.start(id, dto);
  }

  @ApiOperation({ summary: 'Run a failed move again from where it can go on' })
  @ApiAcceptedResponse({ type: MoveView })
  @Post('moves/:id/resume')
  @HttpCode(202)
  resume(@Id() id: string) {
    return this.moves.resume(id);
  }
}
