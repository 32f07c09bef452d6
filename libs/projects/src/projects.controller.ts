import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';

import {
  CreateCustomListDto,
  CreatedNeedView,
  CreateNeedDto,
  CreateProjectDto,
  CustomListView,
  ListProjectsQuery,
  ProjectOverview,
  ProjectPage,
  ProjectView,
  UpdateProjectDto,
} from './projects.dto.js';
import { ProjectsService } from './projects.service.js';

@ApiTags('projects')
@ApiBearerAuth()
@RequiresPermission('projects.read')
@Controller('api/projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @ApiOperation({ summary: 'Create a project (a concert week)' })
  @ApiCreatedResponse({ type: ProjectView })
  @RequiresPermission('projects.write')
  @Post()
  create(@Body() dto: CreateProjectDto) {
    return this.projects.create(dto);
  }

  @ApiOperation({ summary: 'Projects, by start date' })
  @ApiOkResponse({ type: ProjectPage })
  @Get()
  list(@Query() q: ListProjectsQuery) {
    return this.projects.list(q);
  }

  @ApiOperation({ summary: "A project with its needs, counts and each need's timeline" })
  @ApiOkResponse({ type: ProjectOverview })
  @Get(':id')
  overview(@Param('id') id: string) {
    return this.projects.overview(id);
  }

  @ApiOperation({ summary: 'Change a project (name, dates, schedule, concert, notes)' })
  @ApiOkResponse({ type: ProjectView })
  @RequiresPermission('projects.write')
  @Patch(':id')
  update(@Param('id') id: string, @Body() dto: UpdateProjectDto) {
    return this.projects.update(id, dto);
  }

  @ApiOperation({ summary: 'A ranking list for this project only' })
  @ApiCreatedResponse({ type: CustomListView })
  @RequiresPermission('projects.write')
  @Post(':id/custom-lists')
  customList(@Param('id') id: string, @Body() dto: CreateCustomListDto) {
    return this.projects.createCustomList(id, dto.positionId, dto.name, dto.musicianIds);
  }

  @ApiOperation({ summary: 'Add a need: a position, how many, from which list, by which strategy' })
  @ApiCreatedResponse({ type: CreatedNeedView })
  @RequiresPermission('projects.write')
  @Post(':id/needs')
  addNeed(@Param('id') id: string, @Body() dto: CreateNeedDto) {
    return this.projects.addNeed(id, dto);
  }
}
