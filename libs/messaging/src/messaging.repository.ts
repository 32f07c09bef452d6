import { Injectable } from '@nestjs/common';

import { engagementSelect } from '#tutti/calendar';
import { TenantDb } from '#tutti/tenancy';

export interface CommunicationFilter {
  /** The request's public id. */
  requestId?: string;
  type?: string;
  channel?: 'email' | 'sms';
  recipient?: string;
  status?: 'queued' | 'sent' | 'delivered' | 'failed' | 'simulated';
  /** Kinds left out (password-reset links are for admins' eyes only). */
  hiddenTypes?: string[];
}

export interface NewLogEntry {
  requestId: number | null;
  type: string;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string | null;
  body: string;
}

/** The communication log: every message, queued, sent, simulated or failed. */
@Injectable()
export class MessagingRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async requestContexts(requestIds: number[]) {
    const db = await this.tenantDb.client();
    return db.request.findMany({
      where: { id: { in: requestIds } },
      orderBy: { id: 'asc' },
      include: {
        musician: true,
        need: { include: { position: { include: { instrument: true } }, project: true } },
      },
    });
  }

  async needContext(needId: number) {
    const db = await this.tenantDb.client();
    return db.projectNeed.findUnique({
      where: { id: needId },
      include: {
        position: { include: { instrument: true } },
        project: true,
        requests: { select: { status: true } },
      },
    });
  }

  async createLogs(entries: NewLogEntry[]): Promise<number[]> {
    const db = await this.tenantDb.client();
    const rows = await db.communicationLog.createManyAndReturn({
      data: entries.map((e) => ({ ...e, status: 'queued' as const })),
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** Files of the request's need that go out with this kind of message. */
  async attachmentsFor(requestId: number, sendTiming: 'on_request' | 'after_accept') {
    const db = await this.tenantDb.client();
    const r = await db.request.findUnique({
      where: { id: requestId },
      select: { projectNeedId: true },
    });
    if (!r) return [];
    return db.fileStorage.findMany({
      where: { projectNeedId: r.projectNeedId, sendTiming },
      select: { fileName: true, content: true },
      orderBy: { id: 'asc' },
    });
  }

  /** What an accepted request engages the musician for (its project's upcoming events). */
  async engagement(requestId: number, from: Date) {
    const db = await this.tenantDb.client();
    return db.request.findUnique({
      where: { id: requestId },
      select: { status: true, ...engagementSelect(from) },
    });
  }

  async log(id: number) {
    const db = await this.tenantDb.client();
    return db.communicationLog.findUnique({ where: { id } });
  }

  /** Records an attempt; only a queued message moves, so a retried job never double-sends. */
  async markSent(
    id: number,
    data: {
      status: 'sent' | 'simulated';
      providerMessageId: string | null;
      body?: string;
      at: Date;
    },
  ): Promise<boolean> {
    const db = await this.tenantDb.client();
    const { count } = await db.communicationLog.updateMany({
      where: { id, status: 'queued' },
      data: {
        status: data.status,
        providerMessageId: data.providerMessageId,
        sentAt: data.at,
        attempts: { increment: 1 },
        ...(data.body ? { body: data.body } : {}),
      },
    });
    return count === 1;
  }

  async markAttemptFailed(id: number, error: string, final: boolean): Promise<void> {
    const db = await this.tenantDb.client();
    await db.communicationLog.updateMany({
      where: { id, status: 'queued' },
      data: {
        attempts: { increment: 1 },
        error: error.slice(0, 500),
        ...(final ? { status: 'failed' } : {}),
      },
    });
  }

  async setDeliveryStatus(
    providerMessageId: string,
    status: 'delivered' | 'failed',
    error: string | null,
  ): Promise<boolean> {
    const db = await this.tenantDb.client();
    const { count } = await db.communicationLog.updateMany({
      where: { providerMessageId },
      data: { status, error },
    });
    return count === 1;
  }

  /** Records who opted out of (or back into) SMS; opted-out musicians get email only. */
  async setSmsOptOut(phone: string, optedOut: boolean): Promise<number> {
    const db = await this.tenantDb.client();
    const { count } = await db.musician.updateMany({
      where: { phone },
      data: { smsOptedOut: optedOut },
    });
    return count;
  }

  /** Everyone booked in a project: one entry per accepted request. */
  async acceptedInProject(projectId: number) {
    const db = await this.tenantDb.client();
    return db.request.findMany({
      where: { status: 'accepted', need: { projectId } },
      include: { musician: true, need: { include: { project: true } } },
    });
  }

  async recordGroupEmail(projectId: number, subject: string, body: string, recipients: string[]) {
    const db = await this.tenantDb.client();
    return db.groupEmailLog.create({ data: { projectId, subject, body, recipients } });
  }

  /** The log as staff read it: the request named by its public id, like everywhere else. */
  async list(filter: CommunicationFilter, page: { skip: number; take: number }) {
    const db = await this.tenantDb.client();
    const { requestId, hiddenTypes, type, ...rest } = filter;
    const where = {
      ...rest,
      type: type ?? (hiddenTypes?.length ? { notIn: hiddenTypes } : undefined),
      ...(requestId ? { request: { requestId } } : {}),
    };
    const [rows, total] = await db.$transaction([
      db.communicationLog.findMany({
        where,
        orderBy: { id: 'desc' },
        ...page,
        include: { request: { select: { requestId: true } } },
      }),
      db.communicationLog.count({ where }),
    ]);
    const items = rows.map(({ request, requestId: _internal, ...row }) => ({
      ...row,
      requestId: request?.requestId ?? null,
    }));
    return { items, total };
  }
}
