import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';

import { type AuthPrincipal, type Permission, requestContext } from '#tutti/common';

export const PUBLIC_KEY = 'tutti:public';
export const PERMISSION_KEY = 'tutti:permission';
/** Marks a route any signed-in principal of the place may use (who am I, sign out). */
export const SIGNED_IN = 'signed-in';

/** No token needed (sign-in, public pages). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The permission a tenant route needs; on a controller it covers every handler that does not
 * name its own. A tenant route that names none is refused (and fails the route-table test).
 */
export const RequiresPermission = (permission: Permission) =>
  SetMetadata(PERMISSION_KEY, permission);

/** Any signed-in user or key of the place, whatever their permissions. */
export const SignedIn = () => SetMetadata(PERMISSION_KEY, SIGNED_IN);

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, _ctx: ExecutionContext): AuthPrincipal => {
    const principal = requestContext.get()?.principal;
    if (!principal) throw new Error('CurrentPrincipal used on a public route');
    return principal;
  },
);
