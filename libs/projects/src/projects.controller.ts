import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { Roles } from '#tutti/auth';

import { CreateCustomListDto, CreateNeedDto, CreateProjectDto } from './projects.dto.js';
import { ProjectsService } from './projects.service.js';

@ApiTags('projects')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api/projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  create(@Body() dto: CreateProjectDto) {
    return this.projects.create(dto);
  }

  @Get()
  list() {
    return this.projects.list();
  }

  @Get(':id')
  overview(@Param('id') id: string) {
    return this.projects.overview(id);
  }

  @Post(':id/custom-lists')
  customList(@Param('id') id: string, @Body() dto: CreateCustomListDto) {
    return this.projects.createCustomList(id, dto.positionId, dto.name, dto.musicianIds);
  }

  @Post(':id/needs')
  addNeed(@Param('id') id: string, @Body() dto: CreateNeedDto) {
    return this.projects.addNeed(id, dto);
  }
}
