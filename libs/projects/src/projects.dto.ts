import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
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

import { IsCalendarDate, MAX_INT4, Optional, PageOf, PageQuery } from '#tutti/common';

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

/** Any of the project's fields; the week follows a new start date unless given. */
export class UpdateProjectDto extends PartialType(CreateProjectDto, {
  skipNullProperties: false,
}) {}

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

export class ListProjectsQuery extends PageQuery {}

export class ProjectView {
  @ApiProperty({ example: 'PRJ-2027-0003' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() startDate: Date;
  @ApiProperty() weekNumber: number;
  @ApiProperty({ type: String, nullable: true }) rehearsalSchedule: string | null;
  @ApiProperty({ type: String, nullable: true }) concertInfo: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
}

export class ProjectPage extends PageOf(ProjectView) {}

class PositionRef {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'Violin 1 (Tutti)' }) name: string;
}

class MusicianRef {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class TimelineEntry {
  @ApiProperty() requestId: string;
  @ApiProperty({ type: MusicianRef }) musician: MusicianRef;
  @ApiProperty({ enum: ['pending', 'accepted', 'declined', 'timeout', 'cancelled'] })
  status: string;
  @ApiProperty() sentAt: Date;
  @ApiProperty() deadlineAt: Date;
  @ApiProperty({ type: Date, nullable: true }) reminderSentAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) respondedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'What the musician wrote' })
  message: string | null;
  @ApiProperty({ description: 'Recorded by staff (e.g. taken by phone)' })
  answeredByAdmin: boolean;
  @ApiProperty({ type: String, nullable: true }) closedReason: string | null;
}

class NeedOverview {
  @ApiProperty() id: string;
  @ApiProperty({ type: PositionRef }) position: PositionRef;
  @ApiProperty({ enum: ['sequential', 'parallel', 'first_come'] }) strategy: string;
  @ApiProperty({ enum: ['draft', 'active', 'paused', 'exhausted', 'completed', 'cancelled'] })
  status: string;
  @ApiProperty() quantity: number;
  @ApiProperty({ type: Number, nullable: true }) maxRecipients: number | null;
  @ApiProperty() responseTimeHours: number;
  @ApiProperty() requireLocalResidence: boolean;
  @ApiProperty() accepted: number;
  @ApiProperty() pending: number;
  @ApiProperty() declined: number;
  @ApiProperty() timedOut: number;
  @ApiProperty() cancelled: number;
  @ApiProperty({ type: [TimelineEntry] }) timeline: TimelineEntry[];
}

export class ProjectOverview extends ProjectView {
  @ApiProperty({ type: [NeedOverview] }) needs: NeedOverview[];
}

export class CreatedNeedView {
  @ApiProperty() id: string;
  @ApiProperty() status: string;
  @ApiProperty() quantity: number;
  @ApiProperty() strategy: string;
}

export class CustomListView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() positionId: number;
  @ApiProperty({ type: [String] }) musicianIds: string[];
}
