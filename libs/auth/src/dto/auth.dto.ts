import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

import {
  ALL_PERMISSIONS,
  type AuthPrincipal,
  type Permission,
  TENANT_ROLE_NAMES,
} from '#tutti/common';

export class LoginDto {
  @ApiProperty({ example: 'admin@demo.tutti.local' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'a long passphrase' })
  @IsString()
  @MinLength(1, { message: 'password is required' })
  @MaxLength(256)
  password: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MinLength(20, { message: 'refreshToken is not a refresh token' })
  @MaxLength(200)
  refreshToken: string;
}

export class AcceptInvitationDto {
  @ApiProperty()
  @IsString()
  @MinLength(20, { message: 'token is not an invitation token' })
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(256)
  password: string;
}

class SessionUserDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['superadmin', ...TENANT_ROLE_NAMES] }) role: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ description: 'seconds' }) expiresIn: number;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ type: SessionUserDto }) user: SessionUserDto;
}

/** A browser session: the access token; the refresh token went into an httpOnly cookie. */
export class SessionDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ description: 'seconds' }) expiresIn: number;
  @ApiProperty({ type: SessionUserDto }) user: SessionUserDto;
}

/** Who the bearer is, as the access token says. */
export class PrincipalDto {
  @ApiProperty() userId: string;
  @ApiProperty({ enum: ['superadmin', ...TENANT_ROLE_NAMES] }) role: AuthPrincipal['role'];
  @ApiProperty({ enum: ['platform', 'tenant'] }) scope: 'platform' | 'tenant';
  @ApiProperty({ type: String, nullable: true }) orchestraId: string | null;
  @ApiPropertyOptional({ description: 'The superadmin acting as this user' })
  impersonatedBy?: string;
  @ApiProperty({
    enum: ALL_PERMISSIONS,
    isArray: true,
    description: 'What the bearer may do here (empty on the platform console)',
  })
  permissions: Permission[];
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'secretary@band.example' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}
