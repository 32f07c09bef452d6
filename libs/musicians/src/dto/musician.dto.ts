import {
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
} from '@nestjs/swagger';
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
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  IsCalendarDate,
  MAX_INT4,
  Nullable,
  Optional,
  PageQuery,
  QueryBoolean,
} from '#tutti/common';

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
const membershipMessage = `membershipStatus must be one of ${MEMBERSHIP_STATUSES.join(', ')}`;

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

  @ApiPropertyOptional({
    enum: MEMBERSHIP_STATUSES,
    description: "A member's standing; people asked only for substitute work are `substitute`",
  })
  @Optional()
  @IsIn(MEMBERSHIP_STATUSES, { message: membershipMessage })
  membershipStatus?: MembershipStatus;
}

/** A member's dates and emergency contact; `null` clears one. */
export class MembershipFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '2019-08-20' })
  @Nullable()
  @IsCalendarDate()
  joinedOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-06-30' })
  @Nullable()
  @IsCalendarDate()
  leftOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(200)
  emergencyName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(40)
  emergencyPhone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsEmail({}, { message: 'emergencyEmail must be an email address' })
  @MaxLength(254)
  emergencyEmail?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'An https URL of a photo' })
  @Nullable()
  @IsUrl(
    { protocols: ['https'], require_protocol: true },
    { message: 'photoUrl must be an https URL' },
  )
  @MaxLength(2000)
  photoUrl?: string | null;
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

  @ApiPropertyOptional({ enum: MEMBERSHIP_STATUSES })
  @Optional()
  @IsIn(MEMBERSHIP_STATUSES, { message: membershipMessage })
  membershipStatus?: MembershipStatus;

  @ApiPropertyOptional({ description: 'Members of this section' })
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'sectionId must be a section id' })
  @Min(1)
  @Max(MAX_INT4)
  sectionId?: number;

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

/** Any field may be left out; `null` only clears a phone number, notes or a membership field. */
export class UpdateMusicianDto extends IntersectionType(
  PartialType(OmitType(CreateMusicianDto, ['phone', 'notes'] as const), {
    skipNullProperties: false,
  }),
  MembershipFieldsDto,
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

export class InstrumentChoiceDto {
  @ApiProperty()
  @IsInt({ message: 'instrumentId must be an instrument id' })
  @Min(1)
  @Max(MAX_INT4)
  instrumentId: number;

  @ApiProperty({ description: 'The one instrument the person mainly plays' })
  @IsBoolean()
  isPrimary: boolean;
}

export class SetInstrumentsDto {
  @ApiProperty({ type: [InstrumentChoiceDto], description: 'Every instrument played; one primary' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => InstrumentChoiceDto)
  instruments: InstrumentChoiceDto[];
}
