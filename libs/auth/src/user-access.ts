import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';

import { ControlPlaneChanges, type UserAccessRecord, UsersRepository } from '#tutti/control-plane';

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
  private readonly cache = new LRUCache<string, { user: UserAccessRecord | null }>({
    max: MAX_CACHED_USERS,
    ttl: TTL_MS,
  });
  private readonly inFlight = new Map<string, Promise<UserAccessRecord | null>>();
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

  async of(id: string): Promise<UserAccessRecord | null> {
    const cached = this.cache.get(id);
    if (cached) return cached.user;
    let pending = this.inFlight.get(id);
    if (!pending) {
      const generation = this.generation;
      pending = this.users
        .findAccess(id)
        .then((user) => {
          if (generation === this.generation) this.cache.set(id, { user });
          return user;
        })
        .finally(() => this.inFlight.delete(id));
      this.inFlight.set(id, pending);
    }
    return pending;
  }
}
