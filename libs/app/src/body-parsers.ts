import type { IncomingMessage } from 'node:http';

import express, { type RequestHandler } from 'express';

/**
 * How large a body may be. JSON is limited to 1 MB, except where the documentation promises
 * more: a need file (10 MB, base64 in JSON) and a CSV import (5,000 rows). Forms (the answer
 * page, Twilio's webhooks) are small and flat. A body past its limit is a 413 in the envelope.
 */
const JSON_LIMITS: Array<[RegExp, string]> = [
  [/^\/api\/needs\/[^/]+\/files$/, '15mb'],
  [/^\/api\/musicians\/import$/, '5mb'],
];

/** Webhook signatures are checked over the exact bytes received. */
const keepRaw = (req: IncomingMessage & { rawBody?: Buffer }, _res: unknown, buf: Buffer) => {
  req.rawBody = buf;
};

export function bodyParsers(): RequestHandler[] {
  const json = (limit: string) => express.json({ limit, verify: keepRaw });
  const standard = json('1mb');
  const larger = JSON_LIMITS.map(([path, limit]) => [path, json(limit)] as const);
  const jsonByPath: RequestHandler = (req, res, next) =>
    (larger.find(([path]) => path.test(req.path))?.[1] ?? standard)(req, res, next);
  const form = express.urlencoded({
    extended: false,
    limit: '100kb',
    parameterLimit: 200,
    verify: keepRaw,
  });
  return [jsonByPath, form];
}
