import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

import { DomainError } from '#tutti/common';

/** Deeper than any request of this API needs; class-transformer recurses per level. */
const MAX_DEPTH = 32;
/** NUL (PostgreSQL text cannot hold it) and UTF-16 halves without their other half. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const badText = (field: string) =>
  new DomainError(
    'request/invalid-text',
    'invalid',
    `${field} contains a NUL character or a broken Unicode sequence`,
    { field },
  );

/**
 * Runs before validation on every body, query and path parameter: refuses input nested past
 * MAX_DEPTH (before class-transformer walks it) and text no database column can store,
 * naming the field. It walks with a stack, not recursion, so hostile depth costs nothing.
 */
@Injectable()
export class InputSafetyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const root = metadata.type === 'body' ? '' : (metadata.data ?? metadata.type);
    const stack: Array<[unknown, string, number]> = [[value, root, 0]];
    while (stack.length) {
      const [v, field, depth] = stack.pop()!;
      if (typeof v === 'string') {
        if (UNSTORABLE.test(v)) throw badText(field || 'the body');
      } else if (v !== null && typeof v === 'object') {
        if (depth >= MAX_DEPTH)
          throw new DomainError(
            'request/too-deep',
            'invalid',
            `The input is nested deeper than ${MAX_DEPTH} levels`,
            { field: field || 'body' },
          );
        for (const [key, child] of Object.entries(v)) {
          const name = field ? (Array.isArray(v) ? `${field}[${key}]` : `${field}.${key}`) : key;
          if (UNSTORABLE.test(key)) throw badText(name);
          stack.push([child, name, depth + 1]);
        }
      }
    }
    return value;
  }
}
