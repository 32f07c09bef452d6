import type { components } from './schema';

export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];

interface Details {
  field?: string;
  fields?: Array<{ field: string; messages: string[] }> | string[];
  violations?: string[];
}

/** An answer of the API that was not a success, with its envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Details = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(status: number, body: unknown): ApiError {
    const env = body as Partial<ErrorEnvelope> | undefined;
    const e = env?.error;
    if (!e || typeof e.code !== 'string') {
      return new ApiError(status, `http/${status}`, `The server answered ${status}`);
    }
    return new ApiError(status, e.code, e.message, e.details ?? {});
  }

  /**
   * The messages per field the envelope names: `{ fields: [{ field, messages }] }` from
   * validation, or `{ field }` from a rule (a duplicate email, a phone number that is not one).
   */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    const fields = this.details.fields;
    if (Array.isArray(fields)) {
      for (const f of fields) {
        if (typeof f === 'object' && f && !out[f.field]) out[f.field] = f.messages.join('; ');
      }
    }
    if (this.details.field && !out[this.details.field]) out[this.details.field] = this.message;
    return out;
  }
}
