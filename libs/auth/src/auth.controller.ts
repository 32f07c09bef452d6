import { Body, Controller, Get, HttpCode, Injectable, Ip, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { type AuthPrincipal, requestContext } from '#tutti/common';

import { CurrentPrincipal, Public, SignedIn } from './auth.decorators.js';
import { AuthService, type Realm } from './auth.service.js';
import { BrowserSessions } from './browser-sessions.js';
import {
  AcceptInvitationDto,
  LoginDto,
  PasswordResetRequestDto,
  PrincipalDto,
  RefreshDto,
  SessionDto,
  TokenPairDto,
} from './dto/auth.dto.js';
import { PasswordResets } from './password-resets.js';

/** The realm comes from the resolved Host only: the tenant in context, or the central domain. */
function realmHere(): Realm {
  const ctx = requestContext.require();
  return ctx.scope === 'tenant'
    ? { scope: 'tenant', orchestraId: ctx.tenant!.id }
    : { scope: 'platform', orchestraId: null };
}

/**
 * Sign-in, the same for both realms: `/api/auth/*` answers only on an ensemble's subdomain (its
 * admins and staff), `/platform/auth/*` only on the central domain (superadmins); the tenancy
 * middleware enforces which host serves which prefix, and the tokens are bound to that realm.
 * Two controllers over these routes so that each operation has one id in the API description
 * (the base is @Injectable so that its constructor's parameter types are recorded for both).
 */
@Injectable()
abstract class AuthRoutes {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: BrowserSessions,
    private readonly resets: PasswordResets,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in (API clients): an access token and a refresh token' })
  @ApiOkResponse({ type: TokenPairDto })
  login(@Body() dto: LoginDto, @Ip() ip: string) {
    return this.auth.login(realmHere(), dto.email, dto.password, ip);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token (in the body) for a new pair' })
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(realmHere(), dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a refresh token (in the body)' })
  @ApiNoContentResponse()
  logout(@Body() dto: RefreshDto) {
    return this.auth.logout(dto.refreshToken);
  }

  @Public()
  @Post('session')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in (browser): the refresh token goes into an httpOnly cookie' })
  @ApiOkResponse({ type: SessionDto })
  signIn(@Body() dto: LoginDto, @Ip() ip: string, @Res({ passthrough: true }) res: Response) {
    return this.sessions.signIn(realmHere(), dto, ip, res);
  }

  @Public()
  @Post('session/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new access token from the session cookie (same Origin only)' })
  @ApiOkResponse({ type: SessionDto })
  refreshSession(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.sessions.refresh(realmHere(), req, res);
  }

  @Public()
  @Post('session/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out (browser): revoke the session and clear its cookie' })
  @ApiNoContentResponse()
  signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.sessions.signOut(realmHere(), req, res);
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a password from an invitation link and sign in' })
  @ApiOkResponse({ type: SessionDto })
  accept(
    @Body() dto: AcceptInvitationDto,
    @Ip() ip: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sessions.acceptInvitation(realmHere(), dto, ip, res);
  }

  @Public()
  @Post('password-reset')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Email a one-time link to choose a new password (never says if the email is known)',
  })
  @ApiNoContentResponse({
    description: 'If the email belongs to someone here, a link is on its way',
  })
  requestReset(@Body() dto: PasswordResetRequestDto, @Ip() ip: string) {
    return this.resets.request(realmHere(), dto.email, ip);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Choose a new password with the emailed link, and sign in' })
  @ApiOkResponse({ type: SessionDto })
  confirmReset(
    @Body() dto: AcceptInvitationDto,
    @Ip() ip: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sessions.acceptInvitation(realmHere(), dto, ip, res);
  }

  @ApiBearerAuth()
  @SignedIn()
  @Post('impersonation/end')
  @HttpCode(204)
  @ApiOperation({ summary: "End a superadmin's impersonation (recorded in the audit log)" })
  @ApiNoContentResponse()
  endImpersonation(@CurrentPrincipal() principal: AuthPrincipal) {
    return this.auth.endImpersonation(principal);
  }

  @ApiBearerAuth()
  @SignedIn()
  @Get('me')
  @ApiOperation({ summary: 'Who the bearer is, and what they may do here now' })
  @ApiOkResponse({ type: PrincipalDto })
  me(@CurrentPrincipal() principal: AuthPrincipal): PrincipalDto {
    return { ...principal, permissions: [...(principal.permissions ?? [])] };
  }
}

@ApiTags('auth')
@Controller('api/auth')
export class TenantAuthController extends AuthRoutes {}

@ApiTags('auth')
@Controller('platform/auth')
export class PlatformAuthController extends AuthRoutes {}
