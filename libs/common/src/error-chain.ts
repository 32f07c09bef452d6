/**
 * An error and everything it wraps: Prisma's driver adapters put PostgreSQL's own error under
 * `cause`, `meta` or `driverAdapterError`, at depths that differ between versions.
 */
export function* errorChain(err: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const o = e as Record<string, unknown>;
    yield o;
    queue.push(o.cause, o.meta, o.driverAdapterError);
  }
}

/** The SQLSTATE of the database error inside, if there is one. */
export function sqlStateOf(err: unknown): string | null {
  const chain = [...errorChain(err)];
  for (const key of ['originalCode', 'sqlState', 'code'])
    for (const o of chain) {
      const code = o[key];
      // Five characters, and not one of Prisma's own (P2010 and the like).
      if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !/^P\d{4}$/.test(code))
        return code;
    }
  return null;
}

/**
 * The driver's own words for a failure (refused, timed out, no such database), one line,
 * with any connection URL cut out: fit to show a superadmin. PostgreSQL's message wins over
 * Prisma's wrapper ("Invalid `prisma.$queryRaw()` invocation: … Message: `…`").
 */
export function driverErrorText(err: unknown): string {
  const chain = [...errorChain(err)];
  const texts = (key: string) =>
    chain.map((o) => o[key]).filter((t): t is string => typeof t === 'string' && !!t.trim());
  const quoted = texts('message')
    .map((m) => /Message: `([^`]+)`/.exec(m)?.[1])
    .find(Boolean);
  const text =
    texts('originalMessage')[0] ??
    quoted ??
    texts('message')
      .map((m) => m.split('\n').find((line) => line.trim()) ?? '')
      .find(Boolean) ??
    'unreachable';
  return text
    .trim()
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '<url>')
    .slice(0, 300);
}

const codesOf = (o: Record<string, unknown>) =>
  ['code', 'originalCode', 'sqlState', 'errorCode']
    .map((k) => o[k])
    .filter((c): c is string => typeof c === 'string');

/**
 * Whether the database went away under the work (SQLSTATE classes 08 and 57P: a connection
 * lost, refused or ended by the server, as a restart or a tenant's move does; Prisma's P1001
 * and P1017; a socket error): a 503 to retry, never a 500.
 */
export function isConnectionLoss(err: unknown): boolean {
  for (const o of errorChain(err)) {
    if (
      codesOf(o).some((c) =>
        /^(08[0-9A-Z]{3}|57P0[1-3]|P1001|P1002|P1017|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/.test(
          c,
        ),
      )
    )
      return true;
    const message = typeof o.message === 'string' ? o.message : '';
    if (
      /^Connection terminated|Can't reach database server|Server has closed the connection|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/.test(
        message,
      )
    )
      return true;
  }
  return false;
}

/**
 * Whether the database is there but full: no connection or transaction to be had in time
 * (Prisma's P2028, pg-pool's wait), too many connections (53300), a lock or statement
 * timeout (55P03, 57014). A 503 with a short Retry-After.
 */
export function isDatabaseBusy(err: unknown): boolean {
  for (const o of errorChain(err)) {
    if (codesOf(o).some((c) => /^(P2028|P2024|53300|55P03|57014)$/.test(c))) return true;
    const message = typeof o.message === 'string' ? o.message : '';
    if (/timeout exceeded when trying to connect|Unable to start a transaction/.test(message))
      return true;
  }
  return false;
}
