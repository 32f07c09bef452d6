import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';

import { type Permission, permissionsOf, type TenantRole } from '#tutti/common';
import { ControlPlaneChanges, type UserAccessRecord, UsersRepository } from '#tutti/control-plane';

/** A user as the guard needs them, with their permissions worked out once per cache entry. */
export interface UserAccessEntry {
  user: UserAccessRecord;
  role: TenantRole;
  permissions: readonly Permission[];
}

/** Users remembered at most per process. */
const MAX_CACHED_USERS = 10_000;
/** A safety net only: every change to a user is NOTIFYed and drops the entry at once. */
const TTL_MS = 5 * 60_000;

/**
 * A signed-in user's role, grants and whether they are active, as the control plane holds
 * them now, for the access guard. Cached per process and dropped on the control plane's
 * NOTIFY of any change to the user, so a deactivation or a role change holds on the very next
 * request in every gateway copy while a busy user costs no query per request.
 */
@Injectable()
export class UserAccess {
  private readonly cache = new LRUCache<string, { entry: UserAccessEntry | null }>({
    max: MAX_CACHED_USERS,
    ttl: TTL_MS,
  });
  private readonly inFlight = new Map<string, Promise<UserAccessEntry | null>>();
  /** Bumped on every drop: a lookup that started before a change must not cache its result. */
  private generation = 0;

  constructor(
    private readonly users: UsersRepository,
    changes: ControlPlaneChanges,
  ) {
    changes.subscribe('user', {
      changed: (id) => this.forget(id),
      resync: () => {
        this.generation++;
        this.cache.clear();
      },
    });
  }

  forget(id: string): void {
    this.generation++;
    this.cache.delete(id);
  }

  async of(id: string): Promise<UserAccessEntry | null> {
    const cached = this.cache.get(id);
    if (cached) return cached.entry;
    let pending = this.inFlight.get(id);
    if (!pending) {
      const generation = this.generation;
      pending = this.users
        .findAccess(id)
        .then((user) => {
          const entry = user ? entryOf(user) : null;
          if (generation === this.generation) this.cache.set(id, { entry });
          return entry;
        })
        .finally(() => this.inFlight.delete(id));
      this.inFlight.set(id, pending);
    }
    return pending;
  }
}

function entryOf(user: UserAccessRecord): UserAccessEntry {
  // A superadmin has no tenant: the guard refuses them on a tenant before this matters.
  const role: TenantRole = user.role === 'superadmin' ? 'read_only' : user.role;
  return { user, role, permissions: permissionsOf(role, user.extraPermissions) };
}
