import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';
import { PageQuery, ParseIdPipe } from '#tutti/common';

import {
  CreateInstrumentDto,
  CreateMusicianDto,
  CreatePositionDto,
  ImportMusiciansDto,
  ListMusiciansQuery,
  SetInstrumentsDto,
  SetQualificationsDto,
  UpdateMusicianDto,
} from './dto/musician.dto.js';
import {
  ImportReportView,
  InstrumentPage,
  InstrumentView,
  MusicianInstrumentsView,
  MusicianPage,
  MusicianStatsView,
  MusicianView,
  PositionView,
  QualificationsView,
} from './dto/musician.views.js';
import { MusicianImportService } from './musician-import.service.js';
import { MusiciansService } from './musicians.service.js';

@ApiTags('musicians')
@ApiBearerAuth()
@RequiresPermission('musicians.read')
@Controller('api/musicians')
export class MusiciansController {
  constructor(
    private readonly musicians: MusiciansService,
    private readonly importer: MusicianImportService,
  ) {}

  @ApiOperation({ summary: 'Musicians, searched and filtered, one page' })
  @ApiOkResponse({ type: MusicianPage })
  @Get()
  list(@Query() q: ListMusiciansQuery) {
    return this.musicians.list(q);
  }

  @ApiOperation({ summary: 'One musician' })
  @ApiOkResponse({ type: MusicianView })
  @Get(':id')
  get(@Param('id') id: string) {
    return this.musicians.get(id);
  }

  @ApiOperation({ summary: 'Add a musician (phone in national or international format)' })
  @ApiCreatedResponse({ type: MusicianView })
  @RequiresPermission('musicians.write')
  @Post()
  create(@Body() dto: CreateMusicianDto) {
    return this.musicians.create(dto);
  }

  @ApiOperation({ summary: 'Import musicians from CSV: all rows or none' })
  @ApiCreatedResponse({ type: ImportReportView })
  /** CSV import: all rows or none, with a per-row report of what was rejected and why. */
  @RequiresPermission('musicians.write')
  @Post('import')
  import(@Body() dto: ImportMusiciansDto) {
    return this.importer.import(dto.csv);
  }

  @ApiOperation({ summary: 'Change a musician' })
  @ApiOkResponse({ type: MusicianView })
  @RequiresPermission('musicians.write')
  @Patch(':id')
  update(@Param('id') id: string, @Body() dto: UpdateMusicianDto) {
    return this.musicians.update(id, dto);
  }

  @ApiOperation({ summary: 'The positions a musician may be asked for' })
  @ApiOkResponse({ type: QualificationsView })
  @Get(':id/qualifications')
  qualificationsOf(@Param('id') id: string) {
    return this.musicians.qualifications(id);
  }

  @ApiOperation({ summary: 'Set the positions a musician may be asked for' })
  @ApiOkResponse({ type: QualificationsView })
  @RequiresPermission('musicians.write')
  @Put(':id/qualifications')
  qualifications(@Param('id') id: string, @Body() dto: SetQualificationsDto) {
    return this.musicians.setQualifications(id, dto.positionIds);
  }

  @ApiOperation({ summary: 'The instruments a person plays (one primary)' })
  @ApiOkResponse({ type: MusicianInstrumentsView })
  @Get(':id/instruments')
  instrumentsOf(@Param('id') id: string) {
    return this.musicians.instrumentsOf(id);
  }

  @ApiOperation({ summary: 'Set the instruments a person plays (one primary, others)' })
  @ApiOkResponse({ type: MusicianInstrumentsView })
  @RequiresPermission('musicians.write')
  @Put(':id/instruments')
  setInstruments(@Param('id') id: string, @Body() dto: SetInstrumentsDto) {
    return this.musicians.setInstruments(id, dto.instruments);
  }

  @ApiOperation({ summary: 'Archive a musician (kept, never asked)' })
  @ApiOkResponse({ type: MusicianView })
  @RequiresPermission('musicians.write')
  @Post(':id/archive')
  @HttpCode(200)
  archive(@Param('id') id: string) {
    return this.musicians.setArchived(id, true);
  }

  @ApiOperation({ summary: 'Restore an archived musician' })
  @ApiOkResponse({ type: MusicianView })
  @RequiresPermission('musicians.write')
  @Post(':id/restore')
  @HttpCode(200)
  restore(@Param('id') id: string) {
    return this.musicians.setArchived(id, false);
  }

  @ApiOperation({ summary: "A musician's answers to requests" })
  @ApiOkResponse({ type: MusicianStatsView })
  @Get(':id/stats')
  stats(@Param('id') id: string) {
    return this.musicians.stats(id);
  }
}

@ApiTags('instruments')
@ApiBearerAuth()
@RequiresPermission('musicians.read')
@Controller('api/instruments')
export class InstrumentsController {
  constructor(private readonly musicians: MusiciansService) {}

  @ApiOperation({ summary: 'Instruments with their positions' })
  @ApiOkResponse({ type: InstrumentPage })
  @Get()
  list(@Query() q: PageQuery) {
    return this.musicians.instrumentPage(q);
  }

  @ApiOperation({ summary: 'Add an instrument' })
  @ApiCreatedResponse({ type: InstrumentView })
  @RequiresPermission('instruments.manage')
  @Post()
  create(@Body() dto: CreateInstrumentDto) {
    return this.musicians.createInstrument(dto.name);
  }

  @ApiOperation({ summary: 'Add a position to an instrument' })
  @ApiCreatedResponse({ type: PositionView })
  @RequiresPermission('instruments.manage')
  @Post(':id/positions')
  addPosition(@Param('id', ParseIdPipe) id: number, @Body() dto: CreatePositionDto) {
    return this.musicians.createPosition(id, dto.name, dto.hierarchyLevel ?? 0);
  }
}
