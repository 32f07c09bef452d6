import { Inject, Injectable } from '@nestjs/common';
import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';

import { APP_CONFIG, type AppConfig, DomainError } from '#tutti/common';

import { AuthService, type Realm } from './auth.service.js';
import type { SessionDto, TokenPairDto } from './dto/auth.dto.js';

export const REFRESH_COOKIE = 'tutti_refresh';

const noSession = () =>
  new DomainError('auth/no-session', 'unauthenticated', 'There is no session here; sign in');

const foreignOrigin = () =>
  new DomainError(
    'auth/origin-mismatch',
    'forbidden',
    'A cookie-authenticated request must come from a page of this address (Origin)',
  );

/**
 * Sign-in for the web app: the refresh token lives in an httpOnly, SameSite=Strict cookie
 * scoped to this host's session path (Secure in production), the access token only in the
 * page's memory. Whatever a cookie authenticates also needs an Origin of this very host, so
 * another site cannot make a signed-in browser refresh or end a session.
 */
@Injectable()
export class BrowserSessions {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signIn(
    realm: Realm,
    creds: { email: string; password: string },
    ip: string,
    res: Response,
  ): Promise<SessionDto> {
    return this.issue(realm, await this.auth.login(realm, creds.email, creds.password, ip), res);
  }

  async refresh(realm: Realm, req: Request, res: Response): Promise<SessionDto> {
    this.assertSameOrigin(req);
    const token = this.cookie(req);
    if (!token) throw noSession();
    try {
      return this.issue(realm, await this.auth.refresh(realm, token), res);
    } catch (err) {
      this.clear(realm, res);
      throw err;
    }
  }

  async signOut(realm: Realm, req: Request, res: Response): Promise<void> {
    this.assertSameOrigin(req);
    const token = this.cookie(req);
    if (token) await this.auth.logout(token);
    this.clear(realm, res);
  }

  async acceptInvitation(
    realm: Realm,
    dto: { token: string; password: string },
    ip: string,
    res: Response,
  ): Promise<SessionDto> {
    const pair = await this.auth.acceptInvitation(realm, dto.token, dto.password, ip);
    return this.issue(realm, pair, res);
  }

  /** Used when an invitation or a password reset ends by signing the person in. */
  issue(realm: Realm, pair: TokenPairDto, res: Response): SessionDto {
    res.cookie(REFRESH_COOKIE, pair.refreshToken, {
      ...this.cookieOptions(realm),
      maxAge: this.config.refreshTokenTtlSeconds * 1000,
    });
    const { refreshToken: _kept, ...session } = pair;
    return session;
  }

  private clear(realm: Realm, res: Response): void {
    res.clearCookie(REFRESH_COOKIE, this.cookieOptions(realm));
  }

  private cookieOptions(realm: Realm) {
    return {
      httpOnly: true,
      sameSite: 'strict' as const,
      secure: this.config.env === 'production',
      path: realm.scope === 'tenant' ? '/api/auth/session' : '/platform/auth/session',
    };
  }

  private cookie(req: Request): string | undefined {
    const header = req.headers.cookie;
    return header ? parseCookies(header)[REFRESH_COOKIE] : undefined;
  }

  private assertSameOrigin(req: Request): void {
    const origin = req.headers.origin;
    if (!origin || origin !== `${req.protocol}://${req.headers.host}`) throw foreignOrigin();
  }
}
