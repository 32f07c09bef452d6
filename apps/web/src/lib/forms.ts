import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

import { ApiError } from '../api/errors';

/**
 * Puts the API's per-field messages beside the inputs they name; returns whether any did, so
 * the caller shows the rest as one note. The values typed stay in the form.
 */
export function showServerErrors<T extends FieldValues>(
  form: UseFormReturn<T>,
  err: unknown,
  fields: readonly string[],
): boolean {
  if (!(err instanceof ApiError)) return false;
  let shown = false;
  for (const [field, message] of Object.entries(err.fieldErrors())) {
    if (fields.includes(field)) {
      form.setError(field as Path<T>, { type: 'server', message });
      shown = true;
    }
  }
  return shown;
}
