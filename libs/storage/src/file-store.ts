/**
 * Where file bytes live: a local directory or an S3-compatible bucket. Keys are opaque paths
 * that start with the tenant's id, so one tenant's files are one prefix. Rows that describe a
 * file (name, type, size, hash) stay in the tenant database.
 */
export abstract class FileStore {
  /** Stores the bytes under the key (replacing any earlier ones). */
  abstract put(key: string, content: Buffer, mimeType: string): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  abstract get(key: string): Promise<Buffer | null>;
  /** Removes the key; removing a missing key is not an error. */
  abstract delete(key: string): Promise<void>;
}

/** Keys are `<tenant id>/<area>/<random>`: no user input reaches a path. */
export function storageKey(tenantId: string, area: string, id: string): string {
  if (![tenantId, area, id].every((p) => /^[A-Za-z0-9_-]+$/.test(p)))
    throw new Error('storage key parts must be [A-Za-z0-9_-]');
  return `${tenantId}/${area}/${id}`;
}
