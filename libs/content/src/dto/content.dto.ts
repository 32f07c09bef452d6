import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { CursorQuery, IsInstant, MAX_INT4, Nullable, Optional } from '#tutti/common';

export const PAGE_STATUSES = ['draft', 'scheduled', 'published', 'archived'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];
export const MEMBERSHIP_STATUSES = [
  'active',
  'inactive',
  'leave_of_absence',
  'alumni',
  'audition',
  'pending',
  'substitute',
] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class PageFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(300)
  description?: string | null;

  @ApiPropertyOptional({
    description: 'HTML; sanitised on save (scripts, styles, event handlers removed)',
  })
  @Optional()
  @IsString()
  @MaxLength(200_000)
  body?: string;

  @ApiPropertyOptional({ example: 'about-us', description: 'Unique; from the title when left out' })
  @Optional()
  @IsString()
  @Length(1, 80)
  @Matches(SLUG, { message: 'slug must be lower-case letters and digits joined by single -' })
  slug?: string;
}

export class CreatePageDto extends PageFieldsDto {
  @ApiProperty({ example: 'About us' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 200)
  title: string;
}

export class UpdatePageDto extends PageFieldsDto {
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 200) title?: string;
}

export class PublishPageDto {
  @ApiPropertyOptional({ description: 'Publish then (scheduled); now when left out' })
  @Optional()
  @IsInstant()
  publishAt?: string;
}

export class CreateAnnouncementDto {
  @ApiProperty()
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ description: 'Plain text' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 10_000)
  body: string;

  @ApiPropertyOptional({ description: 'Also sent by email and SMS when published' })
  @Optional()
  @IsBoolean()
  isUrgent?: boolean;

  @ApiPropertyOptional({ type: [Number], description: 'Members of these sections' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_INT4, { each: true })
  sectionIds?: number[];

  @ApiPropertyOptional({
    enum: MEMBERSHIP_STATUSES,
    isArray: true,
    description: 'People of these membership statuses; no section and no status: active members',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsIn(MEMBERSHIP_STATUSES, {
    each: true,
    message: `statuses must be of ${MEMBERSHIP_STATUSES.join(', ')}`,
  })
  statuses?: MembershipStatus[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Gone from inboxes after this',
  })
  @Nullable()
  @IsInstant()
  expiresAt?: string | null;

  @ApiPropertyOptional({ description: 'Publish at once (default: keep as a draft)' })
  @Optional()
  @IsBoolean()
  publish?: boolean;
}

export class ListContentQuery extends CursorQuery {
  @ApiPropertyOptional({ enum: PAGE_STATUSES })
  @Optional()
  @IsIn(PAGE_STATUSES, { message: `status must be one of ${PAGE_STATUSES.join(', ')}` })
  status?: PageStatus;
}
