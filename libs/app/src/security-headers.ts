import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every answer (helmet): nosniff, no referrer (links carry tokens), no
 * framing, HSTS in production. API answers get a CSP that allows nothing; the API docs get
 * helmet's default policy, which Swagger UI works under; the answer page sets its own.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const common = {
    referrerPolicy: { policy: 'no-referrer' as const },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    frameguard: { action: 'deny' as const },
  };
  const api = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
    },
  });
  const docs = helmet({ ...common });
  return (req, res, next) => (req.path.startsWith('/docs') ? docs : api)(req, res, next);
}
