import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { type AuthPrincipal, requestContext } from '#tutti/common';

import { CurrentPrincipal, Public } from './auth.decorators.js';
import { AuthService, type Realm } from './auth.service.js';
import { AcceptInvitationDto, LoginDto, RefreshDto, TokenPairDto } from './dto/auth.dto.js';

/** The realm comes from the resolved Host only: the tenant in context, or the central domain. */
function realmHere(): Realm {
  const ctx = requestContext.require();
  return ctx.scope === 'tenant'
    ? { scope: 'tenant', orchestraId: ctx.tenant!.id }
    : { scope: 'platform', orchestraId: null };
}

/**
 * Sign-in for both realms: `/api/auth/*` answers only on an ensemble's subdomain (its admins
 * and staff), `/platform/auth/*` only on the central domain (superadmins); the tenancy
 * middleware enforces which host serves which prefix, and the tokens are bound to that realm.
 */
@ApiTags('auth')
@Controller(['api/auth', 'platform/auth'])
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  login(@Body() dto: LoginDto, @Ip() ip: string) {
    return this.auth.login(realmHere(), dto.email, dto.password, ip);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(realmHere(), dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  logout(@Body() dto: RefreshDto) {
    return this.auth.logout(dto.refreshToken);
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  accept(@Body() dto: AcceptInvitationDto, @Ip() ip: string) {
    return this.auth.acceptInvitation(realmHere(), dto.token, dto.password, ip);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentPrincipal() principal: AuthPrincipal) {
    return principal;
  }
}
