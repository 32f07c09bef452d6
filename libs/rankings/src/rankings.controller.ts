import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { RequiresPermission } from '#tutti/auth';
import { ParseIdPipe } from '#tutti/common';

import {
  AddRankingDto,
  CreateRankingListDto,
  ListRankingsQuery,
  MoveRankingDto,
} from './dto/ranking.dto.js';
import { RankingListPage, RankingListView } from './dto/ranking.views.js';
import { RankingsService } from './rankings.service.js';

@ApiTags('ranking lists')
@ApiBearerAuth()
@RequiresPermission('rankings.read')
@Controller('api/ranking-lists')
export class RankingsController {
  constructor(private readonly rankings: RankingsService) {}

  @ApiOperation({ summary: 'Create a ranking list (A, B or C) for a position' })
  @ApiCreatedResponse({ type: RankingListView })
  @RequiresPermission('rankings.write')
  @Post()
  create(@Body() dto: CreateRankingListDto) {
    return this.rankings.create(dto);
  }

  @ApiOperation({ summary: 'Ranking lists, with their musicians in order' })
  @ApiOkResponse({ type: RankingListPage })
  @Get()
  lists(@Query() q: ListRankingsQuery) {
    return this.rankings.lists(q);
  }

  @ApiOperation({ summary: 'Put a qualified musician on a list (last, or at a rank)' })
  @ApiCreatedResponse({ type: RankingListView })
  @RequiresPermission('rankings.write')
  @Post(':id/entries')
  add(@Param('id', ParseIdPipe) id: number, @Body() dto: AddRankingDto) {
    return this.rankings.add(id, dto);
  }

  @ApiOperation({ summary: 'Move a musician to another rank' })
  @ApiOkResponse({ type: RankingListView })
  @RequiresPermission('rankings.write')
  @Post(':id/entries/:musicianId/move')
  @HttpCode(200)
  move(
    @Param('id', ParseIdPipe) id: number,
    @Param('musicianId') musicianId: string,
    @Body() dto: MoveRankingDto,
  ) {
    return this.rankings.move(id, musicianId, dto.rank);
  }

  @ApiOperation({ summary: 'Take a musician off a list' })
  @ApiOkResponse({ type: RankingListView })
  @RequiresPermission('rankings.write')
  @Delete(':id/entries/:musicianId')
  remove(@Param('id', ParseIdPipe) id: number, @Param('musicianId') musicianId: string) {
    return this.rankings.remove(id, musicianId);
  }
}
