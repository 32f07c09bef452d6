import { randomUUID } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

/** What an incoming X-Request-Id may look like to be kept; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * First of all, before the body is parsed: every answer, including a parser's refusal, carries
 * an X-Request-Id and the same id in its error envelope.
 */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
}

/** The id `assignRequestId` gave this response. */
export function requestIdOf(res: Response): string | undefined {
  return (res.locals as { requestId?: string } | undefined)?.requestId;
}
