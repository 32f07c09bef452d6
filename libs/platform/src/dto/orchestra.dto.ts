import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  Optional,
  PageQuery,
  PLAN_NAMES,
  type PlanName,
  TENANT_ROLE_NAMES,
  type TenantRole,
} from '#tutti/common';

export class CustomerProfileInput {
  @ApiPropertyOptional({ description: 'An existing customer profile to bill; omit to create one' })
  @Optional()
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({ example: 'Stadens Symfoniorkester ideell förening' })
  @Optional()
  @IsString()
  @Length(2, 200)
  legalBusinessName?: string;
}

export class CreateOrchestraDto {
  @ApiProperty({ example: 'Stadens Symfoniorkester' })
  @IsString()
  @Length(2, 120)
  name: string;

  @ApiProperty({
    example: 'stadens-so',
    description: 'Lower-case letters, digits and hyphens; not a reserved name',
  })
  @IsString()
  @Length(1, 63)
  @Matches(/^[a-z0-9-]+$/, {
    message: 'subdomain may hold only lower-case letters, digits and hyphens',
  })
  subdomain: string;

  @ApiProperty({ enum: ['orchestra', 'band'] })
  @IsIn(['orchestra', 'band'], { message: 'kind must be orchestra or band' })
  kind: 'orchestra' | 'band';

  @ApiProperty({ enum: ['small', 'medium', 'large'] })
  @IsIn(['small', 'medium', 'large'], { message: 'plan must be small, medium or large' })
  plan: 'small' | 'medium' | 'large';

  @ApiProperty()
  @IsString()
  @Length(2, 120)
  contactName: string;

  @ApiProperty()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(254)
  contactEmail: string;

  @ApiPropertyOptional({ description: 'The first tenant admin; defaults to the contact' })
  @Optional()
  @IsEmail({}, { message: 'adminEmail must be an email address' })
  @MaxLength(254)
  adminEmail?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(2, 120)
  adminName?: string;

  @ApiPropertyOptional({ enum: ['sv', 'en'], default: 'sv' })
  @Optional()
  @IsIn(['sv', 'en'], { message: 'locale must be sv or en' })
  locale?: 'sv' | 'en';

  @ApiPropertyOptional({ example: 'SE', description: 'Country of the phone numbers staff type' })
  @Optional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166 code like SE' })
  country?: string;

  @ApiPropertyOptional({
    example: 'eu-north',
    description: 'Place its database on a server in this region (any open server if absent)',
  })
  @Optional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, {
    message: 'region must be lower-case letters, digits and dashes (at most 40)',
  })
  region?: string;

  @ApiPropertyOptional({ type: CustomerProfileInput })
  @Optional()
  @ValidateNested()
  @Type(() => CustomerProfileInput)
  customerProfile?: CustomerProfileInput;
}

export class SuspendDto {
  @ApiProperty({ example: 'Invoice 2026-10 unpaid' })
  @IsString()
  @Length(3, 500)
  reason: string;
}

export class DeleteOrchestraDto {
  @ApiProperty({
    description: 'The subdomain again, to confirm that the database is to be dropped',
  })
  @IsString()
  @MaxLength(63)
  confirmSubdomain: string;
}

/** With an empty body, the invitation goes to the admin named when the ensemble was made. */
export class InviteUserDto {
  @ApiPropertyOptional({ description: "Default: the ensemble's admin email" })
  @Optional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ description: "Default: the ensemble's admin name" })
  @Optional()
  @IsString()
  @Length(2, 120)
  name?: string;

  @ApiPropertyOptional({ enum: TENANT_ROLE_NAMES, default: 'admin' })
  @Optional()
  @IsIn(TENANT_ROLE_NAMES, { message: `role must be one of: ${TENANT_ROLE_NAMES.join(', ')}` })
  role?: TenantRole;
}

export class ImpersonateDto {
  @ApiProperty({ example: 'Support ticket 4711' })
  @IsString()
  @Length(3, 500)
  reason: string;
}

export class ListOrchestrasQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['provisioning', 'active', 'failed', 'suspended', 'deleted'] })
  @Optional()
  @IsIn(['provisioning', 'active', 'failed', 'suspended', 'deleted'])
  status?: 'provisioning' | 'active' | 'failed' | 'suspended' | 'deleted';

  @ApiPropertyOptional({ description: 'Part of the name or the subdomain, any case' })
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['small', 'medium', 'large'] })
  @Optional()
  @IsIn(['small', 'medium', 'large'], { message: 'plan must be small, medium or large' })
  plan?: 'small' | 'medium' | 'large';
}

export class SystemLogQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['info', 'warn', 'error'] })
  @Optional()
  @IsIn(['info', 'warn', 'error'], { message: 'level must be info, warn or error' })
  level?: 'info' | 'warn' | 'error';

  @ApiPropertyOptional({ example: 'auth' })
  @Optional()
  @IsString()
  @MaxLength(50)
  category?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  orchestraId?: string;

  @ApiPropertyOptional({ description: 'Part of the message or subdomain' })
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class AuditLogQuery extends PageQuery {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  orchestraId?: string;

  @ApiPropertyOptional({ example: 'orchestra.suspend' })
  @Optional()
  @IsString()
  @MaxLength(100)
  action?: string;
}

export class ChangePlanDto {
  @ApiProperty({ enum: PLAN_NAMES })
  @IsIn(PLAN_NAMES, { message: 'plan must be small, medium or large' })
  plan: PlanName;

  @ApiPropertyOptional({ description: "Overrides the plan's musician limit for this ensemble" })
  @Optional()
  @IsInt({ message: 'maxMusicians must be a whole number' })
  @Min(1, { message: 'maxMusicians must be at least 1' })
  @Max(100_000, { message: 'maxMusicians must be at most 100000' })
  maxMusicians?: number;

  @ApiPropertyOptional({ description: "Overrides the plan's project limit for this ensemble" })
  @Optional()
  @IsInt({ message: 'maxProjects must be a whole number' })
  @Min(1, { message: 'maxProjects must be at least 1' })
  @Max(10_000, { message: 'maxProjects must be at most 10000' })
  maxProjects?: number;
}

export class FailedJobsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'billing.stripe-event', description: 'One queue only' })
  @Optional()
  @IsString()
  @MaxLength(100)
  name?: string;
}
