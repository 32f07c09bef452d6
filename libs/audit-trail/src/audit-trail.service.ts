import { Injectable } from '@nestjs/common';

import { cursorPage, decodeCursor, pageOf } from '#tutti/common';
import { ApiKeysRepository, UsersRepository } from '#tutti/control-plane';
import { currentTenant } from '#tutti/tenancy';

import { AuditEventsRepository } from './audit-events.repository.js';
import type { AuditEventPage, AuditEventView, ListAuditQuery } from './audit-trail.dto.js';

type Json = Record<string, unknown> | null;
const KEY_PREFIX = 'api-key:';
const SUPPORT_PREFIX = 'impersonation:';

/** The fields whose values differ between the row before and after an update. */
function changedFields(before: Json, after: Json): string[] {
  if (!before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => k !== 'updatedAt')
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .sort();
}

/**
 * The ensemble's audit trail for its admins: what changed, before and after, who did it (the
 * user's name, the API key's prefix, or Tutti support acting for the ensemble) and in which
 * request, filterable by table, row, person, request and time.
 */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly events: AuditEventsRepository,
    private readonly users: UsersRepository,
    private readonly keys: ApiKeysRepository,
  ) {}

  async list(q: ListAuditQuery): Promise<AuditEventPage> {
    const { size } = pageOf(q);
    const rows = await this.events.list(
      {
        table: q.table,
        recordId: q.recordId,
        actor: q.actor,
        requestId: q.requestId,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
      },
      size + 1,
      q.cursor ? decodeCursor(q.cursor) : undefined,
    );
    const shown = cursorPage(rows, size, (r) => ({ at: r.at, id: Number(r.id) }));
    const names = await this.actorNames(shown.items.map((r) => r.actor));
    const items: AuditEventView[] = shown.items.map((r) => {
      const before = r.before as Json;
      const after = r.after as Json;
      return {
        id: r.id.toString(),
        table: r.tableName,
        recordId: r.recordId,
        operation: r.operation,
        before,
        after,
        changed: r.operation === 'UPDATE' ? changedFields(before, after) : [],
        actor: r.actor ? (names.get(r.actor) ?? this.unknownActor(r.actor)) : null,
        requestId: r.requestId,
        at: r.at,
      };
    });
    return { items, pageSize: size, nextCursor: shown.nextCursor };
  }

  async tables() {
    return { tables: await this.events.tables() };
  }

  private unknownActor(actor: string): NonNullable<AuditEventView['actor']> {
    if (actor.startsWith(KEY_PREFIX))
      return { kind: 'api-key', id: actor.slice(KEY_PREFIX.length), name: 'API key' };
    if (actor.startsWith(SUPPORT_PREFIX))
      return { kind: 'support', id: actor.slice(SUPPORT_PREFIX.length), name: 'Tutti support' };
    return { kind: 'user', id: actor, name: 'Removed user' };
  }

  /** Each distinct actor of the page named with one query per kind. */
  private async actorNames(actors: Array<string | null>) {
    const distinct = [...new Set(actors.filter((a): a is string => !!a))];
    const userIds = distinct.filter((a) => !a.includes(':'));
    const keyIds = distinct
      .filter((a) => a.startsWith(KEY_PREFIX))
      .map((a) => a.slice(KEY_PREFIX.length));
    const [users, keys] = await Promise.all([
      userIds.length ? this.users.names(userIds) : [],
      keyIds.length ? this.keys.describe(currentTenant().id, keyIds) : [],
    ]);
    const named = new Map<string, NonNullable<AuditEventView['actor']>>();
    for (const u of users) named.set(u.id, { kind: 'user', id: u.id, name: u.name });
    for (const k of keys)
      named.set(`${KEY_PREFIX}${k.id}`, {
        kind: 'api-key',
        id: k.id,
        name: `${k.prefix}…${k.description ? ` (${k.description})` : ''}`,
      });
    return named;
  }
}
