import type { AuthPrincipal } from '#tutti/common';

/** Claims of Tutti's access tokens. `tid` binds a tenant token to one orchestra. */
export interface AccessClaims {
  sub: string;
  role: AuthPrincipal['role'];
  scope: AuthPrincipal['scope'];
  tid: string | null;
  imp?: string;
}

export const ISSUER = 'tutti';
export const audienceOf = (scope: AuthPrincipal['scope'], tid: string | null) =>
  scope === 'platform' ? 'tutti:platform' : `tutti:tenant:${tid}`;
