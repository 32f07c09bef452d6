import { createServer, type Server } from 'node:http';

import type { Metrics } from './metrics.js';
import { metricsEndpoint } from './metrics-endpoint.js';

/**
 * The worker's own small HTTP server (it has no other): /health (the process answers),
 * /ready (it can reach the control plane and is not shutting down) and /metrics.
 */
export function startProbeServer(options: {
  port: number;
  host?: string;
  /** What is down now; empty when ready. */
  down: () => Promise<string[]>;
  metrics: Metrics;
  metricsToken: string | null;
}): Promise<Server> {
  const metrics = metricsEndpoint(options.metrics, options.metricsToken);
  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET')
      return json(res, 405, { error: { code: 'request/method-not-allowed', message: 'GET only' } });
    if (path === '/health') return json(res, 200, { status: 'ok' });
    if (path === '/ready')
      return void options.down().then(
        (down) =>
          down.length === 0
            ? json(res, 200, { status: 'ready' })
            : json(res, 503, {
                error: {
                  code: 'server/not-ready',
                  message: `Not ready: ${down.join(', ')}`,
                  details: { down },
                },
              }),
        () => json(res, 503, { error: { code: 'server/not-ready', message: 'Not ready' } }),
      );
    if (path === '/metrics') return void metrics(req, res);
    json(res, 404, { error: { code: 'request/not-found', message: `No route ${path}` } });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve(server));
  });
}
