import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
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

import { CursorQuery, MAX_INT4, Nullable, Optional, QueryBoolean } from '#tutti/common';

export const DIFFICULTIES = [
  'grade_1',
  'grade_2',
  'grade_3',
  'grade_4',
  'grade_5',
  'grade_6',
] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const FILE_KINDS = [
  'full_score',
  'conductor_score',
  'part',
  'condensed_score',
  'audio',
  'licence',
  'other',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** A piece's fields; people and the publisher by name (found, or added to the library). */
export class PieceFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(300)
  subtitle?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Jean Sibelius',
    description: 'Found by name, or added',
  })
  @Nullable()
  @IsString()
  @Length(1, 200)
  composer?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Found by name, or added' })
  @Nullable()
  @IsString()
  @Length(1, 200)
  arranger?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Found by name, or added' })
  @Nullable()
  @IsString()
  @Length(1, 200)
  publisher?: string | null;

  @ApiPropertyOptional({ enum: DIFFICULTIES, nullable: true })
  @Nullable()
  @IsIn(DIFFICULTIES, { message: `difficulty must be one of ${DIFFICULTIES.join(', ')}` })
  difficulty?: Difficulty | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Playing time in seconds' })
  @Nullable()
  @IsInt()
  @Min(1)
  @Max(86_400)
  durationSeconds?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(100)
  genre?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags?: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'ORK-0042',
    description: 'Unique in the library (any case)',
  })
  @Nullable()
  @IsString()
  @Length(1, 50)
  @Matches(/^\S(.*\S)?$/, { message: 'catalogNumber must not start or end with a space' })
  catalogNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

export class CreatePieceDto extends PieceFieldsDto {
  @ApiProperty({ example: 'Finlandia' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 300)
  title: string;
}

export class UpdatePieceDto extends PieceFieldsDto {
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 300) title?: string;
  @ApiPropertyOptional() @Optional() @IsBoolean() isArchived?: boolean;
}

export class ListPiecesQuery extends CursorQuery {
  @ApiPropertyOptional({ description: 'Search: forgives typos ("Sibelus", "Finlandja")' })
  @Optional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ description: 'Archived pieces too (default: only in use)' })
  @Optional()
  @QueryBoolean('archived')
  archived?: boolean;
}

/** The fields of a multipart upload beside its `file`. */
export class UploadFileDto {
  @ApiProperty({ enum: FILE_KINDS })
  @IsDefined({ message: '$property is required' })
  @IsIn(FILE_KINDS, { message: `kind must be one of ${FILE_KINDS.join(', ')}` })
  kind: FileKind;
}

export class CreatePartDto {
  @ApiProperty({ example: 'Flute 1' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'The instrument (id) that plays it',
  })
  @Nullable()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  instrumentId?: number | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "The piece's file it is printed from (fileId)",
  })
  @Nullable()
  @IsString()
  @MaxLength(40)
  fileId?: string | null;

  @ApiPropertyOptional() @Optional() @IsBoolean() isOptional?: boolean;
  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(500)
  notes?: string | null;
}

export class AssignPartDto {
  @ApiProperty({ description: 'The event (eventId) whose programme has the piece' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @MaxLength(40)
  eventId: string;

  @ApiProperty({ description: 'The part (partId)' })
  @IsDefined({ message: '$property is required' })
  @IsString()
  @MaxLength(40)
  partId: string;

  @ApiProperty({ type: [String], description: 'Members (musicianId) who play it' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  musicianIds: string[];
}
