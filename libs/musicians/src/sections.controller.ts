import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
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
  CreateSectionDto,
  SectionMembershipDto,
  SectionPage,
  SectionView,
} from './dto/section.dto.js';
import { SectionsService } from './sections.service.js';

@ApiTags('sections')
@ApiBearerAuth()
@RequiresPermission('musicians.read')
@Controller('api/sections')
export class SectionsController {
  constructor(private readonly sections: SectionsService) {}

  @ApiOperation({ summary: 'Sections with their members, leaders first' })
  @ApiOkResponse({ type: SectionPage })
  @Get()
  list(@Query() q: PageQuery) {
    return this.sections.list(q);
  }

  @ApiOperation({ summary: 'Add a section' })
  @ApiCreatedResponse({ type: SectionView })
  @RequiresPermission('musicians.write')
  @Post()
  create(@Body() dto: CreateSectionDto) {
    return this.sections.create(dto);
  }

  @ApiOperation({ summary: 'Put a member in a section, or change whether they lead it' })
  @ApiOkResponse({ type: SectionView })
  @RequiresPermission('musicians.write')
  @Put(':id/members/:musicianId')
  setMember(
    @Param('id', ParseIdPipe) id: number,
    @Param('musicianId') musicianId: string,
    @Body() dto: SectionMembershipDto,
  ) {
    return this.sections.setMember(id, musicianId, dto.isLeader ?? false);
  }

  @ApiOperation({ summary: 'Take a member out of a section' })
  @ApiOkResponse({ type: SectionView })
  @RequiresPermission('musicians.write')
  @Delete(':id/members/:musicianId')
  removeMember(@Param('id', ParseIdPipe) id: number, @Param('musicianId') musicianId: string) {
    return this.sections.removeMember(id, musicianId);
  }
}
