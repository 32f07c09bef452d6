import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';

import { requestContext } from '#tutti/common';

/** Who is acting and in which request: what the tenant database's audit trigger records. */
export interface AuditActor {
  actor: string;
  requestId: string;
}

/** The signed-in user or API key of the current request; none for public pages and jobs. */
export function currentAuditActor(): AuditActor | null {
  const ctx = requestContext.get();
  const principal = ctx?.principal;
  if (!ctx || !principal) return null;
  return {
    actor: principal.impersonatedBy
      ? `impersonation:${principal.impersonatedBy}`
      : principal.userId,
    requestId: ctx.requestId,
  };
}

const SET_ACTOR: Omit<SqlQuery, 'args'> = {
  sql: "SELECT set_config('tutti.actor', $1, true), set_config('tutti.request_id', $2, true)",
  argTypes: [
    { scalarType: 'string', arity: 'scalar' },
    { scalarType: 'string', arity: 'scalar' },
  ],
};
const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });
const WRITE = /^\s*(INSERT|UPDATE|DELETE|MERGE|WITH)\b/i;

/**
 * Tells the tenant database who is writing, through Prisma's public driver-adapter interface:
 * a write outside a transaction during a signed-in request gets a transaction of its own that
 * starts with transaction-local settings (`set_config(..., true)`) naming the acting user or
 * API key and the request id, which the `record_audit()` trigger reads. (Transactions set them
 * themselves: see TenantDb.) Without a principal (public pages, the answer link, jobs) nothing is added,
 * so those paths cost no extra round trip.
 */
export class AuditedAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter['provider'];
  readonly adapterName: string;

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly actorOf: () => AuditActor | null = currentAuditActor,
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    const actor = WRITE.test(query.sql) ? this.actorOf() : null;
    if (!actor) return this.inner.queryRaw(query);
    return this.inOwnTransaction(actor, (tx) => tx.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    const actor = WRITE.test(query.sql) ? this.actorOf() : null;
    if (!actor) return this.inner.executeRaw(query);
    return this.inOwnTransaction(actor, (tx) => tx.executeRaw(query));
  }

  /**
   * Transactions name their actor themselves, as their first statement (TenantDb), with the
   * actor captured where the transaction was asked for: here, when it starts, the context may
   * be another request's (Prisma runs batched operations in the first caller's context).
   */
  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return this.inner.startTransaction(isolationLevel);
  }

  executeScript(script: string): Promise<void> {
    return this.inner.executeScript(script);
  }

  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }

  private async inOwnTransaction<T>(actor: AuditActor, run: (tx: Transaction) => Promise<T>) {
    const tx = await this.inner.startTransaction();
    try {
      await tx.queryRaw({ ...SET_ACTOR, args: [actor.actor, actor.requestId] });
      const result = await run(tx);
      await tx.executeRaw(statement('COMMIT'));
      await tx.commit();
      return result;
    } catch (err) {
      await tx.executeRaw(statement('ROLLBACK')).catch(() => undefined);
      await tx.rollback();
      throw err;
    }
  }
}

/** Wraps an adapter factory so that every adapter it makes is an AuditedAdapter. */
export class AuditedAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider: SqlDriverAdapterFactory['provider'];
  readonly adapterName: string;

  constructor(private readonly inner: SqlDriverAdapterFactory) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return new AuditedAdapter(await this.inner.connect());
  }
}
