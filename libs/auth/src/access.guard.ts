import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';

import { type AuthPrincipal, Clock, DomainError, requestContext, sha256 } from '#tutti/common';
import { ApiKeysRepository } from '#tutti/control-plane';

import { PUBLIC_KEY, type Role, ROLES_KEY } from './auth.decorators.js';

/**
 * Global guard: a valid access token, issued for the place the request is served — the tenant
 * resolved from its Host, or the central domain — and a role the route allows. A token of
 * tenant A is worth nothing on tenant B; a superadmin token nothing on a tenant route.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  /** When this process last recorded each API key's use (the write is at most once a minute). */
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysRepository,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** An `X-Api-Key` of the tenant the Host names: a staff principal; anything else: refused. */
  private async apiKeyPrincipal(key: string): Promise<AuthPrincipal> {
    const ctx = requestContext.require();
    const row = ctx.scope === 'tenant' ? await this.apiKeys.findActiveByHash(sha256(key)) : null;
    if (!row || row.orchestraId !== ctx.tenant?.id)
      throw new DomainError(
        'auth/invalid-api-key',
        'unauthenticated',
        'The API key is not valid here',
      );
    const now = this.clock.now();
    if ((this.touched.get(row.id) ?? 0) < now.getTime() - 60_000) {
      this.touched.set(row.id, now.getTime());
      await this.apiKeys.touch(row.id, now);
    }
    return {
      userId: `api-key:${row.id}`,
      role: 'staff',
      scope: 'tenant',
      orchestraId: row.orchestraId,
    };
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
    const principal = req.user;
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
    ctx.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new DomainError(
        'auth/forbidden-role',
        'forbidden',
        `This needs one of the roles: ${roles.join(', ')}`,
      );
    }
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
