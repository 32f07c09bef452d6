import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Metrics } from './metrics.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * GET /metrics for Prometheus, behind a bearer token (METRICS_TOKEN): without one configured
 * it does not exist (404). The token is compared in constant time.
 */
export function metricsEndpoint(metrics: Metrics, token: string | null) {
  const expected = token ? digest(token) : null;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const envelope = (status: number, code: string, message: string) => {
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.end(JSON.stringify({ error: { code, message } }));
    };
    if (!expected) return envelope(404, 'request/not-found', 'Metrics are not enabled');
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(given), expected))
      return envelope(401, 'auth/unauthenticated', 'A valid metrics token is required');
    const body = await metrics.text();
    res.statusCode = 200;
    res.setHeader('Content-Type', metrics.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };
}
