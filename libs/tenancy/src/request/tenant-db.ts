import { AsyncLocalStorage } from 'node:async_hooks';

import { Injectable, Logger } from '@nestjs/common';

import { type RequestContext, requestContext } from '#tutti/common';

import { type AuditActor, currentAuditActor } from '../pool/audited-adapter.js';
import {
  type Lease,
  TenantClientPool,
  type TenantPrismaClient,
} from '../pool/tenant-client-pool.js';
import { currentTenant } from './tenant-context.js';

const LEASE_KEY = 'tenancy/lease';

/** A unit of work in progress: its transaction, and what is to run once it has committed. */
interface TransactionScope {
  ctx: RequestContext;
  tx: TenantPrismaClient;
  afterCommit: Map<string, () => Promise<void>>;
}

const transactionScope = new AsyncLocalStorage<TransactionScope>();

/** Long enough for a burst of writers to queue for a connection instead of failing. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

type TransactionArg = Parameters<TenantPrismaClient['$transaction']>[0];
type TransactionFn = (tx: TenantPrismaClient) => Promise<unknown>;

const SET_ACTOR =
  "SELECT set_config('tutti.actor', $1, true), set_config('tutti.request_id', $2, true)";

/**
 * Names the acting person and request for the audit trigger, inside the transaction itself:
 * captured when the transaction was asked for, in the caller's own context. (Prisma may run
 * operations of several requests of one tick together, in the first caller's context, so
 * reading the context later, when the transaction starts, can name the wrong person.)
 */
async function setActor(tx: TenantPrismaClient, actor: AuditActor | null): Promise<void> {
  if (actor) await tx.$queryRawUnsafe(SET_ACTOR, actor.actor, actor.requestId);
}

/**
 * A transaction client that repositories can use as they use the pooled client: its
 * `$transaction` joins the transaction in progress (a repository's own transaction becomes a
 * part of the use case's unit of work).
 */
function joinable(tx: TenantPrismaClient): TenantPrismaClient {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop !== '$transaction') return Reflect.get(target, prop, receiver) as unknown;
      return async (arg: TransactionArg) => {
        if (typeof arg === 'function') return (arg as TransactionFn)(joinable(target));
        const results: unknown[] = [];
        for (const op of arg as unknown as Array<Promise<unknown>>) results.push(await op);
        return results;
      };
    },
  });
}

/**
 * The pooled client as repositories see it: `$transaction(fn)` names the actor explicitly
 * (see setActor) and waits its turn for a connection under load rather than failing at once.
 * The array form is for reads only (counts beside a page): Prisma may batch it with other
 * requests' arrays, so a write there could be recorded under another request's actor.
 */
const withActors = new WeakMap<TenantPrismaClient, TenantPrismaClient>();
function actorAware(client: TenantPrismaClient): TenantPrismaClient {
  let wrapped = withActors.get(client);
  if (!wrapped) {
    wrapped = new Proxy(client, {
      get(target, prop, receiver) {
        if (prop !== '$transaction') return Reflect.get(target, prop, receiver) as unknown;
        return (arg: TransactionArg, options?: object) => {
          if (typeof arg !== 'function') return target.$transaction(arg, options);
          const actor = currentAuditActor();
          return target.$transaction(
            async (tx) => {
              await setActor(tx as TenantPrismaClient, actor);
              return (arg as TransactionFn)(joinable(tx as TenantPrismaClient));
            },
            { ...TRANSACTION_OPTIONS, ...options },
          );
        };
      },
    });
    withActors.set(client, wrapped);
  }
  return wrapped;
}

/**
 * The tenant database of the current request or job. Repositories ask it for a client; it
 * leases one from the pool on first use and the context releases the lease when the request
 * (or job) ends. There is no way to name another tenant here: the tenant comes only from the
 * context, which only the resolver and the job runner fill.
 *
 * Inside `transaction(work)` every repository gets the transaction's client instead, so a use
 * case's writes in several repositories (the answer, its messages, its events) commit together.
 */
@Injectable()
export class TenantDb {
  private readonly logger = new Logger('TenantDb');

  constructor(private readonly pool: TenantClientPool) {}

  async client(): Promise<TenantPrismaClient> {
    const scope = this.scope();
    if (scope) return scope.tx;
    return actorAware(await this.pooled());
  }

  /**
   * Runs `work` as one transaction of the current tenant; inside an outer one, as part of it.
   * Hooks registered with `afterCommit` run once it has committed (not if it rolled back).
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.scope()) return work();
    const ctx = requestContext.require();
    const actor = currentAuditActor();
    const client = await this.pooled();
    const afterCommit = new Map<string, () => Promise<void>>();
    const result = await client.$transaction(async (tx) => {
      await setActor(tx as TenantPrismaClient, actor);
      const scope = { ctx, tx: joinable(tx as TenantPrismaClient), afterCommit };
      return transactionScope.run(scope, work);
    }, TRANSACTION_OPTIONS);
    for (const [key, hook] of afterCommit) {
      // Committed already: what the hook does (a relay) has a safety net of its own.
      await hook().catch((err: Error) => this.logger.warn(`After commit (${key}): ${err.message}`));
    }
    return result;
  }

  /** Runs `hook` after the transaction in progress commits (once per key), or now if none. */
  async afterCommit(key: string, hook: () => Promise<void>): Promise<void> {
    const scope = this.scope();
    if (scope) scope.afterCommit.set(key, hook);
    else await hook();
  }

  /** Whether a unit of work is in progress here. */
  inTransaction(): boolean {
    return !!this.scope();
  }

  private scope(): TransactionScope | undefined {
    const scope = transactionScope.getStore();
    // A job started from inside a transaction has a context of its own: not its transaction.
    return scope && scope.ctx === requestContext.get() ? scope : undefined;
  }

  private async pooled(): Promise<TenantPrismaClient> {
    const ctx = requestContext.require();
    let lease = ctx.memo.get(LEASE_KEY) as Promise<Lease> | undefined;
    if (!lease) {
      const tenant = currentTenant();
      if (!tenant.connection) throw new Error(`Tenant ${tenant.subdomain} has no database yet`);
      lease = this.pool.acquire(tenant.connection);
      ctx.memo.set(LEASE_KEY, lease);
      ctx.cleanups.push(
        () =>
          void lease!.then(
            (l) => l.release(),
            () => undefined,
          ),
      );
    }
    return (await lease).client;
  }
}
