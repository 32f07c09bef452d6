import createClient, { type Middleware } from 'openapi-fetch';

import { ApiError } from './errors';
import type { paths } from './schema';

/** The access token lives only in memory; the session layer keeps it fresh. */
let accessToken: string | null = null;
let beforeRequest: (() => Promise<void>) | null = null;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

/** Called before each API request (the session refreshes a token about to expire). */
export function setBeforeRequest(hook: (() => Promise<void>) | null): void {
  beforeRequest = hook;
}

const auth: Middleware = {
  async onRequest({ request, schemaPath }) {
    if (!schemaPath.includes('/auth/session')) await beforeRequest?.();
    if (accessToken && !request.headers.has('authorization')) {
      request.headers.set('authorization', `Bearer ${accessToken}`);
    }
    return request;
  },
};

/** The typed client: paths, parameters and bodies are checked against the API description. */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });
api.use(auth);

/** The data of a success, or an ApiError carrying the envelope. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.from(response.status, error);
  return data as T;
}
