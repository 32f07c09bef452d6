import type { LoggerService, LogLevel } from '@nestjs/common';

import { requestContext } from './request-context.js';

const order: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];

/**
 * One JSON line per event, each carrying the request id and the tenant of the context it was
 * written in, so a tenant's trouble can be followed through the logs.
 */
export class JsonLogger implements LoggerService {
  private readonly min: number;

  constructor(
    level: LogLevel = 'log',
    private readonly write: (line: string) => void = (l) => process.stdout.write(l + '\n'),
  ) {
    this.min = order.indexOf(level);
  }

  private emit(level: LogLevel, message: unknown, params: unknown[]): void {
    if (order.indexOf(level) < this.min) return;
    const ctx = requestContext.get();
    const context = typeof params.at(-1) === 'string' ? (params.at(-1) as string) : undefined;
    const extra = params.find((p) => p && typeof p === 'object') as
      Record<string, unknown> | undefined;
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level,
      context,
      msg: message instanceof Error ? message.message : message,
      requestId: ctx?.requestId,
      tenant: ctx?.tenant?.subdomain,
      ...extra,
    };
    if (level === 'error' && typeof params[0] === 'string' && params.length > 1)
      entry.stack = params[0];
    this.write(JSON.stringify(entry));
  }

  log(message: unknown, ...params: unknown[]) {
    this.emit('log', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.emit('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.emit('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.emit('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.emit('verbose', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.emit('fatal', message, params);
  }
}
