import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { MAX_INT4, Nullable, Optional, PageQuery, QueryBoolean } from '#tutti/common';

export class CreateMusicianDto {
  @ApiProperty()
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 100)
  firstName: string;

  @ApiProperty()
  @IsDefined({ message: '$property is required' })
  @IsString()
  @Length(1, 100)
  lastName: string;

  @ApiProperty()
  @IsDefined({ message: '$property is required' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({
    example: '070-123 45 67',
    description: "National format of the ensemble's country, or international; stored as E.164",
  })
  @Optional()
  @IsString()
  @MaxLength(40)
  phone?: string;

  @ApiPropertyOptional({ enum: ['sv', 'en'] })
  @Optional()
  @IsIn(['sv', 'en'], { message: 'preferredLanguage must be sv or en' })
  preferredLanguage?: 'sv' | 'en';

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  localResidence?: boolean;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export class ListMusiciansQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Matches first name, last name or email' })
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @Optional()
  @QueryBoolean('active')
  active?: boolean;

  @ApiPropertyOptional({ description: 'Lives locally (true) or not (false)' })
  @Optional()
  @QueryBoolean('local')
  local?: boolean;

  @ApiPropertyOptional({ description: 'Archived musicians instead of current ones' })
  @Optional()
  @QueryBoolean('archived')
  archived?: boolean;

  @ApiPropertyOptional({ description: 'Qualified for a position of this instrument' })
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'instrumentId must be an instrument id' })
  @Min(1)
  @Max(MAX_INT4)
  instrumentId?: number;

  @ApiPropertyOptional({ description: 'Qualified for this position' })
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'positionId must be a position id' })
  @Min(1)
  @Max(MAX_INT4)
  positionId?: number;
}

export class SetQualificationsDto {
  @ApiProperty({ type: [Number], description: 'Every position the musician may be asked for' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsInt({ each: true, message: 'positionIds must be position ids' })
  @Min(1, { each: true, message: 'positionIds must be position ids' })
  @Max(MAX_INT4, { each: true, message: 'positionIds must be position ids' })
  positionIds: number[];
}

export class ImportMusiciansDto {
  @ApiProperty({
    description:
      'CSV text; header firstName,lastName,email[,phone,preferredLanguage,localResidence,notes]',
  })
  @IsString()
  @Length(1, 2_000_000)
  csv: string;
}

/** Any field may be left out; `null` only clears a phone number or notes. */
export class UpdateMusicianDto extends PartialType(
  OmitType(CreateMusicianDto, ['phone', 'notes'] as const),
  { skipNullProperties: false },
) {
  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+46701234567' })
  @Nullable()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

export class CreateInstrumentDto {
  @ApiProperty({ example: 'Saxofon' })
  @IsString()
  @Length(1, 100)
  name: string;
}

export class CreatePositionDto {
  @ApiProperty({ example: 'Altsaxofon 1' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ description: '1 = leader' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100)
  hierarchyLevel?: number;
}
