import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  CursorQuery,
  IsCalendarDate,
  IsInstant,
  MAX_INT4,
  Nullable,
  Optional,
} from '#tutti/common';

export const EVENT_TYPES = [
  'concert',
  'rehearsal',
  'sectional',
  'board_meeting',
  'social',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export class CreateVenueDto {
  @ApiProperty({ example: 'Konserthuset' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(300) address?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(100) city?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsNumber({}, { message: 'latitude must be a number' })
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsNumber({}, { message: 'longitude must be a number' })
  @Min(-180)
  @Max(180)
  longitude?: number;

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(2000) directions?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(2000) parking?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  capacity?: number;
}

export class CreateEventDto {
  @ApiProperty({ example: 'Vårkonsert' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ enum: EVENT_TYPES })
  @IsDefined({ message: '$property is required' })
  @IsIn(EVENT_TYPES, { message: `type must be one of ${EVENT_TYPES.join(', ')}` })
  type: EventType;

  @ApiProperty({ example: '2027-03-08T19:00:00+01:00' })
  @IsDefined({ message: '$property is required' })
  @IsInstant()
  startsAt: string;

  @ApiProperty({ example: '2027-03-08T21:00:00+01:00', description: 'After startsAt' })
  @IsDefined({ message: '$property is required' })
  @IsInstant()
  endsAt: string;

  @ApiPropertyOptional({ description: 'When the musicians are to be there; not after startsAt' })
  @Optional()
  @IsInstant()
  callTime?: string;

  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(200) dressCode?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(10_000) description?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  venueId?: number;

  @ApiPropertyOptional({ description: 'Places for the public; a full event takes a waitlist' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  capacity?: number;

  @ApiPropertyOptional({ description: "The substitute engine's project this event belongs to" })
  @Optional()
  @IsString()
  @MaxLength(40)
  projectId?: string;

  @ApiPropertyOptional({
    description: 'The public address: lower-case words and digits joined by dashes',
    example: 'varkonsert-2027',
  })
  @Optional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case letters and digits joined by dashes',
  })
  @MaxLength(80)
  slug?: string;

  @ApiPropertyOptional({ enum: EVENT_STATUSES, default: 'draft' })
  @Optional()
  @IsIn(['draft', 'published'], { message: 'status must be draft or published' })
  status?: 'draft' | 'published';
}

/** A weekly series: the first occurrence, then every week on the same local time. */
export class CreateSeriesDto extends CreateEventDto {
  @ApiProperty({ example: '2027-05-31', description: 'Last day of the series (inclusive)' })
  @IsDefined({ message: '$property is required' })
  @IsCalendarDate()
  repeatWeeklyUntil: string;

  @ApiPropertyOptional({ type: [String], description: 'Local dates to leave out (holidays)' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsCalendarDate({ each: true })
  except?: string[];
}

export class UpdateEventDto {
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 200) title?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @Optional()
  @IsIn(EVENT_TYPES, { message: `type must be one of ${EVENT_TYPES.join(', ')}` })
  type?: EventType;

  @ApiPropertyOptional({ enum: EVENT_STATUSES })
  @Optional()
  @IsIn(EVENT_STATUSES, { message: `status must be one of ${EVENT_STATUSES.join(', ')}` })
  status?: EventStatus;

  @ApiPropertyOptional() @Optional() @IsInstant() startsAt?: string;
  @ApiPropertyOptional() @Optional() @IsInstant() endsAt?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsInstant()
  callTime?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(200)
  dressCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @Nullable()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  venueId?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @Nullable()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  capacity?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(40)
  projectId?: string | null;
}

export class ListEventsQuery extends CursorQuery {
  @ApiPropertyOptional({ description: 'Events ending after this time' })
  @Optional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Events starting before this time' })
  @Optional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @Optional()
  @IsIn(EVENT_TYPES, { message: `type must be one of ${EVENT_TYPES.join(', ')}` })
  type?: EventType;

  @ApiPropertyOptional({ enum: EVENT_STATUSES })
  @Optional()
  @IsIn(EVENT_STATUSES, { message: `status must be one of ${EVENT_STATUSES.join(', ')}` })
  status?: EventStatus;

  @ApiPropertyOptional({ description: "A project's events" })
  @Optional()
  @IsString()
  @MaxLength(40)
  projectId?: string;
}

export class PieceDto {
  @ApiProperty({ example: 'Finlandia' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiPropertyOptional({ example: 'Jean Sibelius' })
  @Optional()
  @IsString()
  @MaxLength(200)
  composer?: string;

  @ApiPropertyOptional({
    description: "The library's piece (its pieceId), for parts and assignments",
  })
  @Optional()
  @IsString()
  @MaxLength(40)
  pieceId?: string;
}

export class SetProgrammeDto {
  @ApiProperty({ type: [PieceDto], description: 'The programme in playing order' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PieceDto)
  pieces: PieceDto[];
}

export class CreateNoteDto {
  @ApiProperty()
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 5000)
  body: string;

  @ApiPropertyOptional({ description: 'Only this section sees it; everyone when left out' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  sectionId?: number;
}
