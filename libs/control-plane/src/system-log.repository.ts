import { Injectable, Logger } from '@nestjs/common';

import { requestContext } from '#tutti/common';

import { ControlDb } from './control-db.js';
import type { Prisma } from './generated/client.js';

export type SystemLogLevel = 'info' | 'warn' | 'error';

export interface SystemEvent {
  level?: SystemLogLevel;
  /** What part of the platform: auth, provisioning, tenant, support, migrations. */
  category: string;
  message: string;
  orchestraId?: string | null;
  subdomain?: string | null;
  metadata?: Record<string, unknown>;
  /** When the operation began (`performance.now()`); default: when its request began. */
  startedAt?: number;
  ip?: string | null;
  userAgent?: string | null;
}

export interface SystemLogFilter {
  level?: SystemLogLevel;
  category?: string;
  orchestraId?: string;
  q?: string;
}

/**
 * The platform's event log (seed 002's SystemLog): sign-ins, provisioning outcomes,
 * suspensions, impersonation, migration runs, each with the request id and how long it took.
 * Writing it never fails the operation it describes: a lost line is logged, not thrown.
 */
@Injectable()
export class SystemLogRepository {
  private readonly logger = new Logger('SystemLog');

  constructor(private readonly db: ControlDb) {}

  async write(event: SystemEvent): Promise<void> {
    const ctx = requestContext.get();
    const principal = ctx?.principal;
    try {
      await this.db.client.systemLog.create({
        data: {
          level: event.level ?? 'info',
          category: event.category,
          message: event.message,
          metadata: (event.metadata ?? undefined) as Prisma.InputJsonValue | undefined,
          userId:
            principal && !principal.apiKeyId
              ? (principal.impersonatedBy ?? principal.userId)
              : null,
          orchestraId: event.orchestraId ?? principal?.orchestraId ?? null,
          subdomain: event.subdomain ?? ctx?.tenant?.subdomain ?? null,
          ip: event.ip ?? null,
          userAgent: event.userAgent?.slice(0, 300) ?? null,
          requestId: ctx?.requestId ?? null,
          duration: durationSince(event.startedAt ?? ctx?.startedAt),
        },
      });
    } catch (err) {
      this.logger.warn(`Could not record "${event.message}": ${(err as Error).message}`);
    }
  }

  async list(filter: SystemLogFilter, page: { skip: number; take: number }) {
    const where = {
      ...(filter.level ? { level: filter.level } : {}),
      ...(filter.category ? { category: filter.category } : {}),
      ...(filter.orchestraId ? { orchestraId: filter.orchestraId } : {}),
      ...(filter.q
        ? {
            OR: [
              { message: { contains: filter.q, mode: 'insensitive' as const } },
              { subdomain: { contains: filter.q, mode: 'insensitive' as const } },
            ],
          }
        : {}),
    };
    const [items, total] = await this.db.client.$transaction([
      this.db.client.systemLog.findMany({
        where,
        orderBy: [{ timestamp: 'desc' }, { id: 'desc' }],
        ...page,
      }),
      this.db.client.systemLog.count({ where }),
    ]);
    return { items, total };
  }
}

const durationSince = (start: number | undefined) =>
  start === undefined ? null : Math.round(performance.now() - start);
