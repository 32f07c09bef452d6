import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

import { DomainError } from './domain-error.js';
import { MAX_INT4 } from './validation.js';

/** A numeric id in the path: a whole number that fits the id column, or a 400 naming it. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= MAX_INT4)) {
      const field = metadata.data ?? 'id';
      throw new DomainError(
        'request/invalid-id',
        'invalid',
        `${field} must be a whole number from 1 to ${MAX_INT4}`,
        { field },
      );
    }
    return n;
  }
}
