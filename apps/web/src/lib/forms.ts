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
  /** The API's field name → the input's, where they differ (`startsAt` typed as `start`). */
  rename: Record<string, string> = {},
): boolean {
  if (!(err instanceof ApiError)) return false;
  let shown = false;
  for (const [name, message] of Object.entries(err.fieldErrors())) {
    const field = rename[name] ?? name;
    if (fields.includes(field)) {
      form.setError(field as Path<T>, { type: 'server', message });
      shown = true;
    }
  }
  return shown;
}

/** A text field of a submitted form ('' when absent or a file). */
export function formText(data: FormData, name: string): string {
  const v = data.get(name);
  return typeof v === 'string' ? v : '';
}
