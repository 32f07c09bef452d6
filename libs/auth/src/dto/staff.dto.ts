import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';

import {
  ALL_PERMISSIONS,
  Optional,
  type Permission,
  TENANT_ROLE_NAMES,
  type TenantRole,
} from '#tutti/common';

const roleMessage = `role must be one of: ${TENANT_ROLE_NAMES.join(', ')}`;
const grantsMessage = 'extraPermissions must be names from the catalogue';

export class InviteStaffDto {
  @ApiProperty({ example: 'librarian@band.example' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Karin Lind' })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiProperty({ enum: TENANT_ROLE_NAMES })
  @IsIn(TENANT_ROLE_NAMES, { message: roleMessage })
  role: TenantRole;

  @ApiPropertyOptional({ enum: ALL_PERMISSIONS, isArray: true })
  @Optional()
  @IsArray()
  @ArrayMaxSize(ALL_PERMISSIONS.length)
  @IsIn(ALL_PERMISSIONS, { each: true, message: grantsMessage })
  extraPermissions?: Permission[];
}

export class ChangeStaffDto {
  @ApiPropertyOptional({ enum: TENANT_ROLE_NAMES })
  @Optional()
  @IsIn(TENANT_ROLE_NAMES, { message: roleMessage })
  role?: TenantRole;

  @ApiPropertyOptional({ enum: ALL_PERMISSIONS, isArray: true })
  @Optional()
  @IsArray()
  @ArrayMaxSize(ALL_PERMISSIONS.length)
  @IsIn(ALL_PERMISSIONS, { each: true, message: grantsMessage })
  extraPermissions?: Permission[];
}

export class StaffMemberView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: TENANT_ROLE_NAMES }) role: TenantRole;
  @ApiProperty({ enum: ALL_PERMISSIONS, isArray: true }) extraPermissions: Permission[];
  @ApiProperty({ enum: ALL_PERMISSIONS, isArray: true, description: 'Role and grants together' })
  permissions: Permission[];
  @ApiProperty({ enum: ['invited', 'active', 'deactivated'] })
  status: 'invited' | 'active' | 'deactivated';
  @ApiProperty({ type: Date, nullable: true }) invitationExpiresAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) lastLoginAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) deactivatedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

class RoleView {
  @ApiProperty({ enum: TENANT_ROLE_NAMES }) name: TenantRole;
  @ApiProperty() label: string;
  @ApiProperty({ enum: ALL_PERMISSIONS, isArray: true }) permissions: Permission[];
}

class PermissionView {
  @ApiProperty({ enum: ALL_PERMISSIONS }) name: Permission;
  @ApiProperty() description: string;
}

export class AccessCatalogueView {
  @ApiProperty({ type: [RoleView] }) roles: RoleView[];
  @ApiProperty({ type: [PermissionView] }) permissions: PermissionView[];
}
