import { Injectable } from '@nestjs/common';

import { TenantDb } from './tenant-db.js';

/**
 * What a use case or service sees of transactions: `run(work)` makes every repository call in
 * `work` one transaction of the current tenant, with the jobs it causes (through the outbox)
 * relayed after the commit. Nested runs join the outer one.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly db: TenantDb) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Runs `hook` once the unit of work in progress commits (once per key), or now if none. */
  afterCommit(key: string, hook: () => Promise<void>): Promise<void> {
    return this.db.afterCommit(key, hook);
  }
}
