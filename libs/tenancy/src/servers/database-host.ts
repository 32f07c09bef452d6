/**
 * What creating, reaching and dropping a tenant database takes on one kind of server. A
 * PostgreSQL server does it with SQL through its admin URL; a Neon account through Neon's API.
 */
export interface TenantDatabaseHost {
  readonly kind: 'postgres' | 'neon';
  /** Creates the database unless it exists; returns the URL the tenant is served with. */
  ensureDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  /** A URL that may load rows with triggers off (restores and moves write through it). */
  adminUrlFor(name: string): Promise<string>;
  /**
   * A move's source, once in maintenance: the tenant's own login may no longer connect (where
   * it has one: a role per database), and every other session on the database is ended. So a
   * gateway that missed the maintenance notice cannot write to the old database any more.
   */
  closeSessions(name: string): Promise<void>;
  /** Undoes closeSessions: the move failed before its switch, the old database serves again. */
  reopenSessions(name: string): Promise<void>;
  /** Proves the server answers and may create databases (when a superadmin adds it). */
  check(): Promise<void>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Refusing unsafe database identifier "${name}"`);
  return `"${name}"`;
}

/** A checked identifier as an SQL string literal (for DO blocks, which take no parameters). */
export function literal(name: string): string {
  ident(name);
  return `'${name}'`;
}
