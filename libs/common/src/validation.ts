import { ValidateIf, type ValidationOptions } from 'class-validator';

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
