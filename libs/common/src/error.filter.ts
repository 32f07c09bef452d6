import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { PrismaClientKnownRequestError } from '@prisma/client/runtime/client';
import type { Response } from 'express';

import { DomainError, statusOfKind } from './domain-error.js';
import { errorChain, isConnectionLoss, isDatabaseBusy } from './error-chain.js';
import { requestContext } from './request-context.js';
import { requestIdOf } from './request-id.js';

interface Envelope {
  error: { code: string; message: string; details?: unknown };
  requestId?: string;
}

const httpCodes: Record<number, string> = {
  400: 'request/invalid',
  401: 'auth/unauthenticated',
  403: 'auth/forbidden',
  404: 'request/not-found',
  405: 'request/method-not-allowed',
  409: 'request/conflict',
  413: 'request/too-large',
  429: 'request/too-many',
};

/**
 * The columns a constraint covers, from PostgreSQL's name for it (`Musician_email_key`,
 * `ProjectNeed_positionId_fkey`, `RankingList_positionId_listType_key`): the DTO fields.
 */
function fieldsOf(constraint: unknown, fallback?: unknown): string[] {
  const strings = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((f) => typeof f === 'string');
  if (strings(fallback)) return fallback;
  // The driver adapter reports { index: name }, { fields: [...] } or the bare name.
  const c = constraint as { index?: unknown; fields?: unknown } | string | undefined;
  if (c && typeof c === 'object' && strings(c.fields)) return c.fields;
  const name = typeof c === 'string' ? c : typeof c?.index === 'string' ? c.index : null;
  // `_ci_key` is a case-insensitive unique index on lower(field).
  const m = name ? /^[A-Za-z]+_(.+?)(?:_ci)?_(key|fkey|pkey)$/.exec(name) : null;
  return m ? m[1].split('_') : [];
}

/** Prisma's known request errors, mapped once (P2002 unique, P2025 missing, P2003 foreign key). */
function fromPrisma(err: PrismaClientKnownRequestError): [number, Envelope['error']] | null {
  const cause = (err.meta?.driverAdapterError as { cause?: { constraint?: unknown } } | undefined)
    ?.cause;
  switch (err.code) {
    case 'P2002': {
      const fields = fieldsOf(cause?.constraint, err.meta?.target);
      return [
        409,
        {
          code: 'record/duplicate',
          message: fields.length
            ? `Another record already has this ${fields.join(' and ')}`
            : 'A record with these values already exists',
          details: { field: fields[0], fields },
        },
      ];
    }
    case 'P2025':
      return [404, { code: 'record/not-found', message: 'The record does not exist' }];
    case 'P2003': {
      const field = fieldsOf(cause?.constraint ?? err.meta?.field_name)[0];
      return [
        400,
        {
          code: 'record/invalid-reference',
          message: field
            ? `${field} names a record that does not exist`
            : 'A referenced record does not exist',
          details: { field },
        },
      ];
    }
    default:
      return null;
  }
}

/** body-parser's and Express's own refusals, by their `type`. */
function parserErrorCode(cause: unknown): string | null {
  if (cause instanceof URIError) return 'request/bad-encoding';
  const type = (cause as { type?: unknown } | undefined)?.type;
  switch (type) {
    case 'entity.parse.failed':
      return 'request/malformed-json';
    case 'entity.too.large':
      return 'request/too-large';
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return 'request/unsupported-encoding';
    case 'parameters.too.many':
      return 'request/too-many-parameters';
    default:
      return null;
  }
}

/** Whether PostgreSQL refused a value (SQLSTATE 22xxx), wherever the driver put the code. */
function isDataException(err: unknown): boolean {
  for (const o of errorChain(err))
    for (const key of ['code', 'originalCode', 'sqlState'])
      if (typeof o[key] === 'string' && /^22[0-9A-Z]{3}$/.test(o[key])) return true;
  return false;
}

/**
 * The one error shape of the API: `{ error: { code, message, details? }, requestId }` for every
 * 4xx and 5xx. Unexpected errors are logged with their stack and answered without it.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const requestId = requestContext.get()?.requestId ?? requestIdOf(res);
    let status = 500;
    let error: Envelope['error'] = {
      code: 'server/error',
      message: 'Something went wrong on our side',
    };

    if (exception instanceof DomainError) {
      status = statusOfKind[exception.kind];
      error = { code: exception.code, message: exception.message, details: exception.details };
      for (const [k, v] of Object.entries(exception.headers ?? {})) res.setHeader(k, v);
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      const parserError = parserErrorCode(exception.cause);
      if (parserError) {
        error = {
          code: parserError,
          message: typeof message === 'string' ? message : 'Bad request',
        };
      } else if (Array.isArray(message)) {
        error = {
          code: 'request/invalid',
          message: message.join('; '),
          details: { violations: message },
        };
      } else {
        error = {
          code: httpCodes[status] ?? `http/${status}`,
          message: typeof message === 'string' ? message : exception.message,
        };
      }
    } else if (exception instanceof PrismaClientKnownRequestError) {
      const mapped = fromPrisma(exception);
      if (mapped) [status, error] = mapped;
    } else if (exception instanceof URIError) {
      status = 400;
      error = {
        code: 'request/bad-encoding',
        message: 'The address is not validly percent-encoded',
      };
    }
    // The backstop: whatever PostgreSQL refused as data (SQLSTATE class 22: a value out of
    // range, a byte sequence it cannot store, a malformed date) is the input's fault.
    if (status >= 500 && isDataException(exception)) {
      status = 400;
      error = { code: 'request/invalid-value', message: 'A value cannot be stored as given' };
    }
    if (status >= 500 && isConnectionLoss(exception)) {
      status = 503;
      error = {
        code: 'database/unavailable',
        message: 'The database is not reachable just now; try again shortly',
      };
      res.setHeader('Retry-After', '5');
    } else if (status >= 500 && isDatabaseBusy(exception)) {
      status = 503;
      error = {
        code: 'database/busy',
        message: 'The service is busy just now; try again in a moment',
      };
      res.setHeader('Retry-After', '2');
    }
    if (status >= 500 && !(exception instanceof DomainError)) {
      const err = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(err.message, err.stack, 'ErrorFilter');
    }
    if (res.headersSent) return;
    // A route's static headers (text/xml for TwiML) are set before its handler runs.
    res
      .status(status)
      .type('application/json')
      .json({ error, requestId } satisfies Envelope);
  }
}
