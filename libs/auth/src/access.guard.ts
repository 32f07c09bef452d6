import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';

import {
  type AuthPrincipal,
  Clock,
  DomainError,
  isPermission,
  requestContext,
  sha256,
  TENANT_ROLES,
} from '#tutti/common';
import { ApiKeysRepository } from '#tutti/control-plane';

import { PERMISSION_KEY, PUBLIC_KEY, SIGNED_IN } from './auth.decorators.js';
import { missingPermission, userDeactivated } from './auth.errors.js';
import { UserAccess } from './user-access.js';

const notForPlatform = () =>
  new DomainError('auth/forbidden', 'forbidden', "This is an ensemble's route, not the platform's");
const notForTenant = () =>
  new DomainError('auth/forbidden', 'forbidden', 'This route is not open to ensemble users');

const invalidApiKey = () =>
  new DomainError('auth/invalid-api-key', 'unauthenticated', 'The API key is not valid here');

/**
 * Global guard: a valid access token or API key, issued for the place the request is served —
 * the tenant resolved from its Host, or the central domain — and, on a tenant route, the
 * permission the route names. A token of tenant A is worth nothing on tenant B; a superadmin
 * token nothing on a tenant route. A user's role and grants are read as they are now (cached,
 * dropped on every change), not as they were when the token was signed.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  /** When this process last recorded each API key's use (the write is at most once a minute). */
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysRepository,
    private readonly access: UserAccess,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** An `X-Api-Key` of the tenant the Host names, live and unexpired; anything else: refused. */
  private async apiKeyPrincipal(key: string): Promise<AuthPrincipal> {
    const ctx = requestContext.require();
    const now = this.clock.now();
    const row =
      ctx.scope === 'tenant' ? await this.apiKeys.findActiveByHash(sha256(key), now) : null;
    if (!row || row.orchestraId !== ctx.tenant?.id) throw invalidApiKey();
    if ((this.touched.get(row.id) ?? 0) < now.getTime() - 60_000) {
      this.touched.set(row.id, now.getTime());
      await this.apiKeys.touch(row.id, now);
    }
    return {
      userId: `api-key:${row.id}`,
      apiKeyId: row.id,
      role: 'staff',
      scope: 'tenant',
      orchestraId: row.orchestraId,
      permissions: row.permissions.filter(isPermission),
    };
  }

  /** A user's token on their tenant: their role and grants now, if they are still active. */
  private async withPermissions(principal: AuthPrincipal): Promise<AuthPrincipal> {
    if (principal.impersonatedBy) {
      // A superadmin acting as an admin: the token says so and lapses within 15 minutes.
      return { ...principal, permissions: TENANT_ROLES.admin.permissions };
    }
    const found = await this.access.of(principal.userId);
    if (!found || !found.user.active || found.user.orchestraId !== principal.orchestraId)
      throw userDeactivated();
    return { ...principal, role: found.role, permissions: found.permissions };
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = context
      .switchToHttp()
      .getRequest<{ user: AuthPrincipal; headers: Record<string, string | undefined> }>();
    const apiKey = req.headers['x-api-key'];
    if (apiKey && !req.headers.authorization) req.user = await this.apiKeyPrincipal(apiKey);
    else await (super.canActivate(context) as Promise<boolean>);
    let principal = req.user;
    const ctx = requestContext.require();
    const here = ctx.scope === 'tenant' ? ctx.tenant?.id : null;
    const fits =
      (ctx.scope === 'tenant' && principal.scope === 'tenant' && principal.orchestraId === here) ||
      (ctx.scope === 'platform' &&
        principal.scope === 'platform' &&
        principal.role === 'superadmin');
    if (!fits)
      throw new DomainError(
        'auth/wrong-audience',
        'unauthenticated',
        'This token is not valid here',
      );
    if (principal.scope === 'tenant' && !principal.apiKeyId)
      principal = await this.withPermissions(principal);
    ctx.principal = principal;
    req.user = principal;
    const needed = this.reflector.getAllAndOverride<string | undefined>(PERMISSION_KEY, targets);
    if (needed === SIGNED_IN) return true;
    // Platform routes name no permission: only a superadmin on the central domain passes.
    // A tenant route names one; one that forgot to is closed, not open.
    if (principal.scope === 'platform') {
      if (needed) throw notForPlatform();
      return true;
    }
    if (!needed) throw notForTenant();
    if (!principal.permissions?.some((p) => p === needed)) throw missingPermission(needed);
    return true;
  }

  override handleRequest<T>(err: unknown, user: T, info: unknown): T {
    if (err || !user) {
      const reason =
        info instanceof Error && info.name === 'TokenExpiredError'
          ? 'auth/token-expired'
          : 'auth/unauthenticated';
      throw new DomainError(
        reason,
        'unauthenticated',
        reason === 'auth/token-expired'
          ? 'The access token has expired'
          : 'A valid access token is required',
      );
    }
    return user;
  }
}
