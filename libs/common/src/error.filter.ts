import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { PrismaClientKnownRequestError } from '@prisma/client/runtime/client';
import type { Request, Response } from 'express';

import { DomainError, statusOfKind } from './domain-error.js';
import { requestContext } from './request-context.js';

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

/** Prisma's known request errors, mapped once (P2002 unique, P2025 missing, P2003 foreign key). */
function fromPrisma(err: PrismaClientKnownRequestError): [number, Envelope['error']] | null {
  switch (err.code) {
    case 'P2002': {
      const target =
        err.meta?.target ??
        (err.meta?.driverAdapterError as { cause?: { constraint?: unknown } } | undefined)?.cause
          ?.constraint;
      return [
        409,
        {
          code: 'record/duplicate',
          message: 'A record with these values already exists',
          details: { fields: target },
        },
      ];
    }
    case 'P2025':
      return [404, { code: 'record/not-found', message: 'The record does not exist' }];
    case 'P2003':
      return [
        400,
        {
          code: 'record/invalid-reference',
          message: 'A referenced record does not exist',
          details: { field: err.meta?.field_name },
        },
      ];
    default:
      return null;
  }
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
    const req = http.getRequest<Request>();
    const requestId =
      requestContext.get()?.requestId ?? (req.headers['x-request-id'] as string | undefined);
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
      if (Array.isArray(message)) {
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
    } else if (exception instanceof SyntaxError && 'body' in exception) {
      status = 400;
      error = { code: 'request/malformed-json', message: 'The request body is not valid JSON' };
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
