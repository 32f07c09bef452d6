import type { Request, Response } from 'express';

import type { Rendered, Visitor } from './public-pages.service.js';

/** Inline styles only, an https logo, forms posting to this site, never inside a frame. */
export const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https:; form-action 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'";

export const visitor = (req: Request, lang: unknown): Visitor => ({
  lang,
  acceptLanguage: req.headers['accept-language'],
});
export const send = (res: Response, page: Rendered) =>
  res.status(page.status).type('html').send(page.html);
