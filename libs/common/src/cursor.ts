import { type Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

import { DomainError } from './domain-error.js';
import { PageQuery } from './page.query.js';
import { PageOf } from './page.view.js';
import { Optional } from './validation.js';

/**
 * `?cursor=` beside `?page=`: the previous answer's `nextCursor` continues right after its last
 * row in the list's stable order, so rows added or removed meanwhile neither repeat nor vanish
 * (a page number shifts). With a cursor, `page` is ignored.
 */
export class CursorQuery extends PageQuery {
  @ApiPropertyOptional({ description: "The previous answer's nextCursor" })
  @Optional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be a nextCursor from an earlier answer' })
  cursor?: string;
}

/** The list envelope with the cursor of the next rows (null on the last). */
export function CursorPageOf<T>(item: Type<T>) {
  class CursorPage extends PageOf(item) {
    @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next rows' })
    nextCursor: string | null;
  }
  Object.defineProperty(CursorPage, 'name', { value: `${item.name.replace(/View$/, '')}Page` });
  return CursorPage;
}

/** The position after a row, from its sort key (an instant and an id), opaque to clients. */
export function encodeCursor(at: Date, id: number): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): { at: Date; id: number } {
  const [at, id] = parseCursor(cursor);
  const date = new Date(at as string);
  if (typeof at !== 'string' || isNaN(+date) || !Number.isSafeInteger(id)) throw invalidCursor();
  return { at: date, id: id as number };
}

/** The key and id a cursor carries; a 400 naming `cursor` when it is not one of ours. */
function parseCursor(cursor: string): unknown[] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2) return parsed;
  } catch {
    // fall through: not one of ours
  }
  throw invalidCursor();
}

const invalidCursor = () =>
  new DomainError('request/invalid-cursor', 'invalid', 'cursor is not a nextCursor of this list', {
    field: 'cursor',
  });

/**
 * The page of rows fetched with one row more than asked (`take: size + 1`): the rows to show,
 * and the cursor after the last of them when that extra row says there are more.
 */
export function cursorPage<R>(
  rows: R[],
  size: number,
  keyOf: (row: R) => { at: Date; id: number },
): { items: R[]; nextCursor: string | null } {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  const key = rows.length > size && last ? keyOf(last) : null;
  return { items, nextCursor: key ? encodeCursor(key.at, key.id) : null };
}

/** The position after a row of a list sorted by text (a title) and id, opaque to clients. */
export function encodeTextCursor(key: string, id: number): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeTextCursor(cursor: string): { key: string; id: number } {
  const [key, id] = parseCursor(cursor);
  if (typeof key !== 'string' || !Number.isSafeInteger(id)) throw invalidCursor();
  return { key, id: id as number };
}
