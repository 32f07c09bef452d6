import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';

import { type AuthPrincipal, requestContext } from '#tutti/common';

export const PUBLIC_KEY = 'tutti:public';
export const ROLES_KEY = 'tutti:roles';

export type Role = AuthPrincipal['role'];

/** No token needed (sign-in, public pages). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles; without it any signed-in user of the right scope passes. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, _ctx: ExecutionContext): AuthPrincipal => {
    const principal = requestContext.get()?.principal;
    if (!principal) throw new Error('CurrentPrincipal used on a public route');
    return principal;
  },
);
