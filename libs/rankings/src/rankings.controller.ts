import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { Roles } from '#tutti/auth';
import { ParseIdPipe } from '#tutti/common';

import {
  AddRankingDto,
  CreateRankingListDto,
  ListRankingsQuery,
  MoveRankingDto,
} from './dto/ranking.dto.js';
import { RankingsService } from './rankings.service.js';

@ApiTags('ranking lists')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api/ranking-lists')
export class RankingsController {
  constructor(private readonly rankings: RankingsService) {}

  @Post()
  create(@Body() dto: CreateRankingListDto) {
    return this.rankings.create(dto);
  }

  @Get()
  lists(@Query() q: ListRankingsQuery) {
    return this.rankings.lists(q.positionId);
  }

  @Post(':id/entries')
  add(@Param('id', ParseIdPipe) id: number, @Body() dto: AddRankingDto) {
    return this.rankings.add(id, dto);
  }

  @Post(':id/entries/:musicianId/move')
  @HttpCode(200)
  move(
    @Param('id', ParseIdPipe) id: number,
    @Param('musicianId') musicianId: string,
    @Body() dto: MoveRankingDto,
  ) {
    return this.rankings.move(id, musicianId, dto.rank);
  }

  @Delete(':id/entries/:musicianId')
  remove(@Param('id', ParseIdPipe) id: number, @Param('musicianId') musicianId: string) {
    return this.rankings.remove(id, musicianId);
  }
}
