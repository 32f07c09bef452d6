import type { NextFunction, Request, Response } from 'express';

import type { Metrics } from './metrics.js';

export interface AccessEntry {
  method: string;
  /** The route's pattern (`/r/:token`), never the path: paths can carry secrets. */
  route: string;
  status: number;
  durationMs: number;
  tenant: string | null;
  requestId: string | null;
}

/** Where access lines go: stdout as JSON by default; tests catch them. */
export abstract class AccessLogSink {
  abstract write(entry: AccessEntry): void;
}

export class JsonAccessLogSink extends AccessLogSink {
  write(entry: AccessEntry): void {
    process.stdout.write(
      `${JSON.stringify({
        time: new Date().toISOString(),
        level: 'log',
        context: 'Access',
        msg: `${entry.method} ${entry.route} ${entry.status}`,
        ...entry,
      })}\n`,
    );
  }
}

/** The pattern Express matched, or where a middleware answered (`/assets`), or `unmatched`. */
function routeOf(req: Request): string {
  const matched = (req as unknown as { route?: { path?: unknown } }).route;
  const route = matched?.path;
  if (typeof route === 'string') return `${req.baseUrl}${route}`;
  return req.baseUrl || 'unmatched';
}

/**
 * One metric sample and (optionally) one access line per request, written when the answer has
 * been sent or the connection dropped. Mounted first, after the request id.
 */
export function accessLog(metrics: Metrics, sink: AccessLogSink | null) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const labels = {
        method: req.method,
        route: routeOf(req),
        status: String(res.statusCode),
      };
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, seconds);
      sink?.write({
        method: req.method,
        route: labels.route,
        status: res.statusCode,
        durationMs: Math.round(seconds * 10_000) / 10,
        tenant: (res.locals as { tenant?: string }).tenant ?? null,
        requestId: (res.locals as { requestId?: string }).requestId ?? null,
      });
    });
    next();
  };
}
