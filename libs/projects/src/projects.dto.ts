import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { IsCalendarDate, MAX_INT4, Optional } from '#tutti/common';

export class CreateProjectDto {
  @ApiProperty({ example: 'Vårkonsert: Sibelius 2' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: '2027-03-08' })
  @IsCalendarDate()
  startDate: string;

  @ApiPropertyOptional({ description: 'ISO week; derived from startDate when omitted' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(53)
  weekNumber?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(5000)
  rehearsalSchedule?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(5000)
  concertInfo?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export class CreateNeedDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  positionId: number;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(100)
  quantity: number;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  rankingListId?: number;

  @ApiPropertyOptional({
    description: 'A list made for this project only (instead of rankingListId)',
  })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  customRankingListId?: number;

  @ApiProperty({ enum: ['sequential', 'parallel', 'first_come'] })
  @IsIn(['sequential', 'parallel', 'first_come'], {
    message: 'strategy must be sequential, parallel or first_come',
  })
  strategy: 'sequential' | 'parallel' | 'first_come';

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxRecipients?: number;

  @ApiPropertyOptional({ default: 24 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  responseTimeHours?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  requireLocalResidence?: boolean;
}

export class CreateCustomListDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  positionId: number;

  @ApiProperty({ example: 'Extra list for the tour' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ type: [String], description: 'Musician ids, best first' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  musicianIds: string[];
}
