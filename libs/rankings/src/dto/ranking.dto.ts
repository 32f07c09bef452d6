import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';

import { MAX_INT4, Optional, PageQuery } from '#tutti/common';

export class CreateRankingListDto {
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_INT4) positionId: number;
  @ApiProperty({ example: 'A' })
  @IsString()
  @Matches(/^[A-Z]{1,3}$/, { message: 'listType must be 1-3 capital letters, e.g. A' })
  listType: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(500) description?: string;
}

export class AddRankingDto {
  @ApiProperty({ description: "The musician's id" }) @IsString() @Length(1, 40) musicianId: string;
  @ApiPropertyOptional({ description: '1-based place; appended when omitted' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  rank?: number;
}

export class MoveRankingDto {
  @ApiProperty({ description: '1-based place' }) @IsInt() @Min(1) @Max(MAX_INT4) rank: number;
}

export class ListRankingsQuery extends PageQuery {
  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  positionId?: number;
}
