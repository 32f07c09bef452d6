import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '#tutti/auth';
import { CreateMusicianDto, ListMusiciansQuery } from './dto/musician.dto.js';
import { MusiciansService } from './musicians.service.js';

@ApiTags('musicians')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api/musicians')
export class MusiciansController {
  constructor(private readonly musicians: MusiciansService) {}

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
}
