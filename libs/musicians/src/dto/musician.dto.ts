import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { PageQuery } from '#tutti/common';

export class CreateMusicianDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  firstName: string;

  @ApiProperty()
  @IsString()
  @Length(1, 100)
  lastName: string;

  @ApiProperty()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ example: '+46701234567' })
  @IsOptional()
  @Matches(/^\+[1-9]\d{6,14}$/, { message: 'phone must be in E.164 form, e.g. +46701234567' })
  phone?: string;

  @ApiPropertyOptional({ enum: ['sv', 'en'] })
  @IsOptional()
  @IsIn(['sv', 'en'], { message: 'preferredLanguage must be sv or en' })
  preferredLanguage?: 'sv' | 'en';

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  localResidence?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export class ListMusiciansQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Matches first name, last name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' || value === true
      ? true
      : value === 'false' || value === false
        ? false
        : value,
  )
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class SetQualificationsDto {
  @ApiProperty({ type: [Number], description: 'Every position the musician may be asked for' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsInt({ each: true, message: 'positionIds must be position ids' })
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

export class UpdateMusicianDto extends PartialType(CreateMusicianDto) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;
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
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  hierarchyLevel?: number;
}
