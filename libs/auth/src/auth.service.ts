import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import {
  APP_CONFIG,
  type AppConfig,
  type AuthPrincipal,
  Clock,
  type Permission,
  randomToken,
  sha256,
  type TenantRole,
} from '#tutti/common';
import {
  AuditRepository,
  RefreshTokensRepository,
  SystemLogRepository,
  type UserRecord,
  UsersRepository,
} from '#tutti/control-plane';

import { type AccessClaims, audienceOf, ISSUER } from './access-token.js';
import {
  invalidCredentials,
  invalidInvitation,
  invalidRefreshToken,
  invitationsOnTenantOnly,
  notImpersonating,
  superadminExists,
  weakPassword,
} from './auth.errors.js';
import type { TokenPairDto } from './dto/auth.dto.js';
import { PasswordHasher } from './password-hasher.js';
import { type Budget, RateLimiter } from './rate-limiter.js';

/** Guesses at invitation links from one address. */
const INVITATION_ATTEMPTS: Budget = { what: 'invitation attempts', max: 20, windowSeconds: 900 };

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/** Where a sign-in happens: the central domain (orchestraId null) or one tenant. */
export interface Realm {
  scope: AuthPrincipal['scope'];
  orchestraId: string | null;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly audit: AuditRepository,
    private readonly systemLog: SystemLogRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
  ) {}

  /** Failed sign-ins per account, and attempts per client address (five accounts' worth). */
  private budgets(): { account: Budget; address: Budget } {
    const { max, windowSeconds } = this.config.loginRateLimit;
    return {
      account: { what: 'sign-in attempts', max, windowSeconds },
      address: { what: 'sign-in attempts', max: max * 5, windowSeconds },
    };
  }

  async login(realm: Realm, email: string, password: string, ip: string): Promise<TokenPairDto> {
    const accountKey = `login:account:${realm.orchestraId ?? 'platform'}:${email.toLowerCase()}`;
    const budgets = this.budgets();
    await this.limiter.assertLeft(accountKey, budgets.account);
    await this.limiter.spend(`login:address:${ip}`, budgets.address);
    const user = await this.users.findByEmail(realm.orchestraId, email);
    // Superadmins sign in on the central domain only; tenant users on their tenant only.
    const eligible =
      user &&
      user.active &&
      (realm.scope === 'platform' ? user.role === 'superadmin' : user.role !== 'superadmin');
    const ok = await this.hasher.verify(eligible ? user.passwordHash : null, password);
    const signIn = { category: 'auth', orchestraId: realm.orchestraId, ip };
    if (!ok || !user) {
      await this.limiter.count(accountKey, budgets.account);
      await this.systemLog.write({
        ...signIn,
        level: 'warn',
        message: 'sign-in refused',
        metadata: { email: email.toLowerCase(), scope: realm.scope },
      });
      throw invalidCredentials();
    }
    await this.limiter.reset(accountKey);
    await this.users.touchLogin(user.id, this.clock.now());
    await this.systemLog.write({
      ...signIn,
      message: 'sign-in',
      metadata: { userId: user.id, scope: realm.scope },
    });
    return this.issuePair(user, realm, randomUUID());
  }

  async refresh(realm: Realm, refreshToken: string): Promise<TokenPairDto> {
    const next = randomToken();
    const outcome = await this.refreshTokens.rotate(
      sha256(refreshToken),
      { tokenHash: sha256(next), expiresAt: this.refreshExpiry() },
      this.clock.now(),
      realm.orchestraId,
    );
    if (outcome.kind !== 'rotated') {
      throw invalidRefreshToken();
    }
    const user = await this.users.findById(outcome.userId);
    if (!user || !user.active) throw invalidRefreshToken();
    return { ...this.accessFor(user, realm), refreshToken: next };
  }

  async logout(refreshToken: string): Promise<void> {
    await this.refreshTokens.revokeByHash(sha256(refreshToken), this.clock.now());
  }

  /**
   * An invitation or a password-reset link, used on the ensemble's own address (which names
   * the ensemble): sets the password, spends the token, ends other sessions, signs in.
   */
  async acceptInvitation(
    realm: Realm,
    token: string,
    password: string,
    ip: string,
  ): Promise<TokenPairDto> {
    if (realm.scope !== 'tenant' || !realm.orchestraId) throw invitationsOnTenantOnly();
    await this.limiter.spend(`invitation:address:${ip}`, INVITATION_ATTEMPTS);
    const orchestraId = realm.orchestraId;
    const updated = await this.users.setPasswordWithToken(
      orchestraId,
      sha256(token),
      await this.hasher.hash(password),
      this.clock.now(),
    );
    if (!updated) throw invalidInvitation();
    await this.systemLog.write({
      category: 'auth',
      message: 'password set from a link',
      orchestraId,
      ip,
      metadata: { userId: updated.id },
    });
    return this.issuePair(updated, { scope: 'tenant', orchestraId }, randomUUID());
  }

  /** A new invitation for a tenant user; the token is returned once and stored hashed. */
  async invite(
    orchestraId: string,
    input: {
      email: string;
      name: string;
      role: TenantRole;
      extraPermissions?: Permission[];
      invitedByUserId?: string | null;
    },
  ): Promise<{ token: string; expiresAt: Date; user: UserRecord }> {
    const token = randomToken();
    const expiresAt = new Date(this.clock.now().getTime() + INVITATION_TTL_MS);
    const user = await this.users.upsertTenantUser({
      orchestraId,
      ...input,
      invitationTokenHash: sha256(token),
      invitationExpiresAt: expiresAt,
    });
    return { token, expiresAt, user };
  }

  /** The superadmin says they are done: recorded beside the start (the token lapses by itself). */
  async endImpersonation(principal: AuthPrincipal): Promise<void> {
    if (!principal.impersonatedBy || !principal.orchestraId) throw notImpersonating();
    await this.audit.record({
      action: 'tenant.impersonate.end',
      targetType: 'orchestra',
      targetId: principal.orchestraId,
      orchestraId: principal.orchestraId,
    });
  }

  /** A superadmin acting as a tenant admin: a short access token, no refresh token, audited. */
  async impersonate(
    superadmin: AuthPrincipal,
    orchestraId: string,
    reason: string,
  ): Promise<{ accessToken: string; expiresIn: number }> {
    const expiresIn = Math.min(this.config.accessTokenTtlSeconds, 900);
    const claims: AccessClaims = {
      sub: superadmin.userId,
      role: 'admin',
      scope: 'tenant',
      tid: orchestraId,
      imp: superadmin.userId,
    };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn,
      issuer: ISSUER,
      audience: audienceOf('tenant', orchestraId),
    });
    await this.audit.record({
      action: 'tenant.impersonate',
      targetType: 'orchestra',
      targetId: orchestraId,
      orchestraId,
      after: { reason, expiresIn },
    });
    return { accessToken, expiresIn };
  }

  async createSuperadmin(email: string, name: string, password: string): Promise<UserRecord> {
    if (password.length < 12) throw weakPassword();
    if (await this.users.findByEmail(null, email)) throw superadminExists(email);
    return this.users.createSuperadmin(email, name, await this.hasher.hash(password));
  }

  private refreshExpiry(): Date {
    return new Date(this.clock.now().getTime() + this.config.refreshTokenTtlSeconds * 1000);
  }

  private accessFor(user: UserRecord, realm: Realm): Omit<TokenPairDto, 'refreshToken'> {
    const claims: AccessClaims = {
      sub: user.id,
      role: user.role,
      scope: realm.scope,
      tid: realm.orchestraId,
    };
    const accessToken = this.jwt.sign(claims, {
      expiresIn: this.config.accessTokenTtlSeconds,
      issuer: ISSUER,
      audience: audienceOf(realm.scope, realm.orchestraId),
    });
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.accessTokenTtlSeconds,
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
    };
  }

  private async issuePair(user: UserRecord, realm: Realm, familyId: string): Promise<TokenPairDto> {
    const refreshToken = randomToken();
    await this.refreshTokens.create({
      userId: user.id,
      orchestraId: realm.orchestraId,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: this.refreshExpiry(),
    });
    return { ...this.accessFor(user, realm), refreshToken };
  }
}
