import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { type AuthPrincipal, DomainError, requestContext } from '#tutti/common';
import { PUBLIC_KEY, type Role, ROLES_KEY } from './auth.decorators.js';

/**
 * Global guard: a valid access token, issued for the place the request is served — the tenant
 * resolved from its Host, or the central domain — and a role the route allows. A token of
 * tenant A is worth nothing on tenant B; a superadmin token nothing on a tenant route.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    await (super.canActivate(context) as Promise<boolean>);
    const principal = context.switchToHttp().getRequest<{ user: AuthPrincipal }>().user;
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
