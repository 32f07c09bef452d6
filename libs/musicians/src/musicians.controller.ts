import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { Roles } from '#tutti/auth';
import { ParseIdPipe } from '#tutti/common';

import {
  CreateInstrumentDto,
  CreateMusicianDto,
  CreatePositionDto,
  ImportMusiciansDto,
  ListMusiciansQuery,
  SetQualificationsDto,
  UpdateMusicianDto,
} from './dto/musician.dto.js';
import { MusicianImportService } from './musician-import.service.js';
import { MusiciansService } from './musicians.service.js';

@ApiTags('musicians')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api/musicians')
export class MusiciansController {
  constructor(
    private readonly musicians: MusiciansService,
    private readonly importer: MusicianImportService,
  ) {}

  @Get()
  list(@Query() q: ListMusiciansQuery) {
    return this.musicians.list(q);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.musicians.get(id);
  }

  @Post()
  create(@Body() dto: CreateMusicianDto) {
    return this.musicians.create(dto);
  }

  /** CSV import: all rows or none, with a per-row report of what was rejected and why. */
  @Post('import')
  import(@Body() dto: ImportMusiciansDto) {
    return this.importer.import(dto.csv);
  }

  @Patch(':id')
  update(@Param('id') id: string, @Body() dto: UpdateMusicianDto) {
    return this.musicians.update(id, dto);
  }

  @Put(':id/qualifications')
  qualifications(@Param('id') id: string, @Body() dto: SetQualificationsDto) {
    return this.musicians.setQualifications(id, dto.positionIds);
  }

  @Post(':id/archive')
  @HttpCode(200)
  archive(@Param('id') id: string) {
    return this.musicians.setArchived(id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  restore(@Param('id') id: string) {
    return this.musicians.setArchived(id, false);
  }

  @Get(':id/stats')
  stats(@Param('id') id: string) {
    return this.musicians.stats(id);
  }
}

@ApiTags('instruments')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api/instruments')
export class InstrumentsController {
  constructor(private readonly musicians: MusiciansService) {}

  @Get()
  list() {
    return this.musicians.instruments();
  }

  @Roles('admin')
  @Post()
  create(@Body() dto: CreateInstrumentDto) {
    return this.musicians.createInstrument(dto.name);
  }

  @Roles('admin')
  @Post(':id/positions')
  addPosition(@Param('id', ParseIdPipe) id: number, @Body() dto: CreatePositionDto) {
    return this.musicians.createPosition(id, dto.name, dto.hierarchyLevel ?? 0);
  }
}
