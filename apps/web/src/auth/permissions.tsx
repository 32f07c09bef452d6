import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { appContext } from '../context';
import { qk } from '../lib/query-keys';
import { useSession } from './session';

export type Permission = components['schemas']['PrincipalDto']['permissions'][number];

/**
 * What the signed-in person may do here, as the server says now (their role and grants are
 * read live there, so a change shows here within a minute, or at once after a reload). The
 * app hides what they cannot do; the server refuses it regardless.
 */
export function usePermissions() {
  const session = useSession();
  const signedIn = session.state.kind === 'signed-in';
  const me = useQuery({
    queryKey: qk('me', session.state.kind === 'signed-in' ? session.state.user.id : null),
    queryFn: () => unwrap(api.GET('/api/auth/me')),
    enabled: signedIn && appContext.realm === 'tenant',
    staleTime: 60_000,
  });
  const held = new Set<string>(me.data?.permissions ?? []);
  return {
    ready: me.isSuccess,
    role: me.data?.role,
    can: (permission: Permission) => held.has(permission),
  };
}

/** Its children only for someone who holds the permission. */
export function Can({ permission, children }: { permission: Permission; children: ReactNode }) {
  return usePermissions().can(permission) ? <>{children}</> : null;
}
