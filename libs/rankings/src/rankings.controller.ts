import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min } from 'class-validator';
import { Roles } from '#tutti/auth';
import { DomainError } from '#tutti/common';
import { RankingsRepository } from './rankings.repository.js';

export class CreateRankingListDto {
  @ApiProperty() @IsInt() @Min(1) positionId: number;
  @ApiProperty({ example: 'A' })
  @IsString()
  @Matches(/^[A-Z]{1,3}$/, { message: 'listType must be 1-3 capital letters, e.g. A' })
  listType: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) description?: string;
}

export class AddRankingDto {
  @ApiProperty({ description: "The musician's id" }) @IsString() @Length(1, 40) musicianId: string;
  @ApiPropertyOptional({ description: '1-based place; appended when omitted' })
  @IsOptional()
  @IsInt()
  @Min(1)
  rank?: number;
}

export class MoveRankingDto {
  @ApiProperty({ description: '1-based place' }) @IsInt() @Min(1) rank: number;
}

export class ListRankingsQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) positionId?: number;
}

/** A/B/C ranking lists per position: who is asked first. Only qualified musicians are ranked. */
@ApiTags('ranking lists')
@ApiBearerAuth()
@Roles('admin', 'staff')
@Controller('api/ranking-lists')
export class RankingsController {
  constructor(private readonly repo: RankingsRepository) {}

  @Post()
  async create(@Body() dto: CreateRankingListDto) {
    return this.repo.createList(dto.positionId, dto.listType, dto.description ?? null);
  }

  @Get()
  async lists(@Query() q: ListRankingsQuery) {
    return (await this.repo.lists(q.positionId)).map((l) => ({
      id: l.id,
      positionId: l.positionId,
      listType: l.listType,
      description: l.description,
      entries: l.rankings.map((r) => ({
        rank: r.rank,
        musicianId: r.musician.musicianId,
        name: `${r.musician.firstName} ${r.musician.lastName}`,
      })),
    }));
  }

  @Post(':id/entries')
  async add(@Param('id', ParseIntPipe) id: number, @Body() dto: AddRankingDto) {
    const { list, musician } = await this.load(id, dto.musicianId);
    if (!musician.qualifications.some((q) => q.positionId === list.positionId)) {
      throw new DomainError(
        'ranking/not-qualified',
        'invalid',
        "The musician is not qualified for this list's position",
        { field: 'musicianId' },
      );
    }
    const order = (await this.repo.currentOrder(id)).filter((m) => m !== musician.id);
    order.splice(Math.min((dto.rank ?? order.length + 1) - 1, order.length), 0, musician.id);
    await this.repo.reorder(id, order);
    return this.one(id);
  }

  @Post(':id/entries/:musicianId/move')
  async move(
    @Param('id', ParseIntPipe) id: number,
    @Param('musicianId') musicianId: string,
    @Body() dto: MoveRankingDto,
  ) {
    const { musician } = await this.load(id, musicianId);
    const order = await this.repo.currentOrder(id);
    if (!order.includes(musician.id))
      throw new DomainError('ranking/not-on-list', 'not_found', 'The musician is not on this list');
    const rest = order.filter((m) => m !== musician.id);
    rest.splice(Math.min(dto.rank - 1, rest.length), 0, musician.id);
    await this.repo.reorder(id, rest);
    return this.one(id);
  }

  @Delete(':id/entries/:musicianId')
  async remove(@Param('id', ParseIntPipe) id: number, @Param('musicianId') musicianId: string) {
    const { musician } = await this.load(id, musicianId);
    await this.repo.reorder(
      id,
      (await this.repo.currentOrder(id)).filter((m) => m !== musician.id),
    );
    return this.one(id);
  }

  private async load(listId: number, musicianId: string) {
    const list = await this.repo.list(listId);
    if (!list)
      throw new DomainError('ranking-list/not-found', 'not_found', `No ranking list ${listId}`);
    const musician = await this.repo.musicianWithQualifications(musicianId);
    if (!musician)
      throw new DomainError('musician/not-found', 'not_found', `No musician ${musicianId}`);
    return { list, musician };
  }

  private async one(id: number) {
    return (await this.lists({})).find((l) => l.id === id);
  }
}
