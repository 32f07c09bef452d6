import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every answer (helmet): nosniff, no referrer (links carry tokens), no
 * framing, HSTS in production. API answers get a CSP that allows nothing; the API docs get
 * helmet's default policy, which Swagger UI works under; the answer page sets its own.
 */
/** Answers of the API (and the answer page, which sets its own policy after this one). */
const API_PATHS = /^\/(api|platform|r|w|m|public|calendar|health|ready)(\/|$)/i;

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
  // The web app: its own scripts, styles and API only; no inline script, no framing.
  const app = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    },
  });
  return (req, res, next) => {
    const policy = req.path.startsWith('/docs') ? docs : API_PATHS.test(req.path) ? api : app;
    policy(req, res, next);
  };
}
