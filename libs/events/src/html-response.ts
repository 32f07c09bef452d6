import { applyDecorators, Header } from '@nestjs/common';
import type { Request, Response } from 'express';

import type { Rendered, Visitor } from './public-pages.service.js';

/** Inline styles only, an https logo, forms posting to this site, never inside a frame. */
export const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https:; form-action 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'";

export const visitor = (req: Request, lang: unknown): Visitor => ({
  lang,
  acceptLanguage: req.headers['accept-language'],
});
export const send = (res: Response, page: Rendered) =>
  res.status(page.status).type('html').send(page.html);

/**
 * The headers of a server-rendered page: the CSP, its caching, and for a page reached by a
 * secret link, no referrer (the token must not leak to another site).
 */
export const HtmlPage = (cache: 'no-cache' | 'no-store', secretLink = false) =>
  applyDecorators(
    Header('Content-Security-Policy', CSP),
    Header('Cache-Control', cache),
    ...(secretLink ? [Header('Referrer-Policy', 'no-referrer')] : []),
  );
