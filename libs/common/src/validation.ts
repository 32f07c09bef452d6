import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  buildMessage,
  IsBoolean,
  ValidateBy,
  ValidateIf,
  type ValidationError,
  type ValidationOptions,
} from 'class-validator';

import { DomainError } from './domain-error.js';

/**
 * The field may be left out; when it is given, it is validated, `null` included. (class-
 * validator's IsOptional also lets `null` through, which then reaches NOT NULL columns.)
 */
export const Optional = (options?: ValidationOptions): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined, options);

/** The field may be left out, or `null` to clear a column that may be empty. */
export const Nullable = (options?: ValidationOptions): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined && value !== null, options);

/** PostgreSQL's int4: every id and count column. */
export const MAX_INT4 = 2_147_483_647;

/**
 * A calendar date `YYYY-MM-DD` that exists and that PostgreSQL stores as given (years 1900 to
 * 2999): IsISO8601 also accepts week dates, ordinal dates and year 0, which cannot be stored.
 */
export const IsCalendarDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^(19|2\d)\d\d-\d\d-\d\d$/.test(value)) return false;
          const d = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
        },
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be a date like 2027-03-08 (years 1900-2999)`,
          options,
        ),
      },
    },
    options,
  );

/** class-validator's errors, nested ones with dotted paths: `{ field, messages }` each. */
export function fieldViolations(
  errors: ValidationError[],
  prefix = '',
): Array<{ field: string; messages: string[] }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {});
    return [
      ...(own.length ? [{ field, messages: own }] : []),
      ...fieldViolations(e.children ?? [], field),
    ];
  });
}

/**
 * The ValidationPipe's error: every message (as before, `violations`) and, for forms, the
 * messages grouped by the field they name (`fields`), so a client shows each beside its input.
 */
export function invalidInput(errors: ValidationError[]): DomainError {
  const fields = fieldViolations(errors);
  const violations = fields.flatMap((f) => f.messages);
  return new DomainError('request/invalid', 'invalid', violations.join('; '), {
    violations,
    fields,
    field: fields[0]?.field,
  });
}

/**
 * A true/false query parameter (`?active=true`): the strings "true" and "false" become
 * booleans; anything else is refused with a message naming the parameter.
 */
export function QueryBoolean(field: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      value === 'true' || value === true
        ? true
        : value === 'false' || value === false
          ? false
          : value,
    ),
    IsBoolean({ message: `${field} must be true or false` }),
  );
}

/**
 * An instant as ISO 8601 with its offset (`2027-03-08T19:00:00+01:00` or `...Z`), years 1900 to
 * 2999: a time without an offset would be read in the server's zone, not the ensemble's.
 */
export const IsInstant = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          /^(19|2\d)\d\d-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$/.test(value) &&
          !Number.isNaN(new Date(value).getTime()),
        defaultMessage: buildMessage(
          (prefix) => `${prefix}$property must be a time like 2027-03-08T19:00:00+01:00`,
          options,
        ),
      },
    },
    options,
  );
