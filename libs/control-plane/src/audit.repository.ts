import { Injectable } from '@nestjs/common';

import { type AuthPrincipal, requestContext } from '#tutti/common';

import { ControlDb } from './control-db.js';
import type { Prisma } from './generated/client.js';
import { SystemLogRepository } from './system-log.repository.js';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string;
  orchestraId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string;
}

const asJson = (v: unknown) =>
  v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue);

/**
 * Who did what on the platform, with the record before and after (the console's audit log).
 * Each entry is also a line of the platform's event log (SystemLog), where it stands beside
 * sign-ins and provisioning outcomes with its request's id and duration.
 */
@Injectable()
export class AuditRepository {
  constructor(
    private readonly db: ControlDb,
    private readonly systemLog: SystemLogRepository,
  ) {}

  /** Who (from the request context) did what, with the record before and after. */
  async record(entry: AuditEntry): Promise<void> {
    const ctx = requestContext.get();
    await this.db.client.auditLog.create({
      data: {
        actorUserId: actorOf(ctx?.principal),
        orchestraId: entry.orchestraId ?? null,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId ?? null,
        before: asJson(entry.before),
        after: asJson(entry.after),
        ip: entry.ip ?? null,
        requestId: ctx?.requestId ?? null,
      },
    });
    await this.systemLog.write({
      category: entry.action.split('.')[0],
      message: entry.action,
      orchestraId: entry.orchestraId,
      metadata: { targetType: entry.targetType, targetId: entry.targetId ?? null },
      ip: entry.ip,
    });
  }

  async list(
    filter: { orchestraId?: string; action?: string },
    page: { skip: number; take: number },
  ) {
    const [items, total] = await this.db.client.$transaction([
      this.db.client.auditLog.findMany({
        where: filter,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        ...page,
      }),
      this.db.client.auditLog.count({ where: filter }),
    ]);
    return { items, total };
  }
}

/** The user who acted: the superadmin behind an impersonation; none for an API key. */
function actorOf(principal: AuthPrincipal | undefined): string | null {
  if (!principal || principal.apiKeyId) return null;
  return principal.impersonatedBy ?? principal.userId;
}
