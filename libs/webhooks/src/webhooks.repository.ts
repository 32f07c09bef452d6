import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

/** What an event tells of a need: public ids and names only. */
const NEED_FIELDS = {
  projectNeedId: true,
  quantity: true,
  status: true,
  position: { select: { name: true } },
  project: { select: { projectId: true, name: true } },
} as const;

/** Endpoints, deliveries and their attempts, in the current tenant's database. */
@Injectable()
export class WebhooksRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async createEndpoint(url: string, events: string[], secretEncrypted: string) {
    const db = await this.tenantDb.client();
    return db.webhookEndpoint.create({ data: { url, events, secretEncrypted } });
  }

  async endpoints() {
    const db = await this.tenantDb.client();
    return db.webhookEndpoint.findMany({ orderBy: { id: 'asc' }, take: 100 });
  }

  async endpoint(endpointId: string) {
    const db = await this.tenantDb.client();
    return db.webhookEndpoint.findUnique({ where: { endpointId } });
  }

  async updateEndpoint(endpointId: string, data: { isActive?: boolean; secretEncrypted?: string }) {
    const db = await this.tenantDb.client();
    const [row] = await db.webhookEndpoint.updateManyAndReturn({ where: { endpointId }, data });
    return row ?? null;
  }

  async deleteEndpoint(endpointId: string): Promise<boolean> {
    const db = await this.tenantDb.client();
    return (await db.webhookEndpoint.deleteMany({ where: { endpointId } })).count === 1;
  }

  /** The active endpoints that want each of these events (one query). */
  async subscribers(types: string[]): Promise<Map<string, number[]>> {
    const db = await this.tenantDb.client();
    const rows = await db.webhookEndpoint.findMany({
      where: { isActive: true, events: { hasSome: types } },
      select: { id: true, events: true },
    });
    const out = new Map<string, number[]>();
    for (const type of types) {
      const ids = rows.filter((r) => r.events.includes(type)).map((r) => r.id);
      if (ids.length) out.set(type, ids);
    }
    return out;
  }

  /** One delivery per endpoint; their ids. */
  async record(endpointIds: number[], eventType: string, payload: object): Promise<number[]> {
    const db = await this.tenantDb.client();
    const rows = await db.webhookDelivery.createManyAndReturn({
      data: endpointIds.map((endpointId) => ({ endpointId, eventType, payload })),
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  async delivery(id: number) {
    const db = await this.tenantDb.client();
    return db.webhookDelivery.findUnique({ where: { id }, include: { endpoint: true } });
  }

  async deliveryByPublicId(deliveryId: string) {
    const db = await this.tenantDb.client();
    return db.webhookDelivery.findUnique({ where: { deliveryId } });
  }

  async recordAttempt(
    id: number,
    outcome: { ok: boolean; statusCode: number | null; error: string | null; durationMs: number },
    now: Date,
    finalFailure: boolean,
  ) {
    const db = await this.tenantDb.client();
    await db.$transaction(async (tx) => {
      await tx.webhookAttempt.create({
        data: {
          deliveryId: id,
          attemptedAt: now,
          statusCode: outcome.statusCode,
          error: outcome.error,
          durationMs: outcome.durationMs,
        },
      });
      await tx.webhookDelivery.update({
        where: { id },
        data: {
          attempts: { increment: 1 },
          lastStatusCode: outcome.statusCode,
          ...(outcome.ok
            ? { status: 'succeeded', deliveredAt: now }
            : finalFailure
              ? { status: 'failed' }
              : {}),
        },
      });
    });
  }

  async markPending(id: number) {
    const db = await this.tenantDb.client();
    // A replay starts a new round of attempts; the attempt log keeps the earlier ones.
    await db.webhookDelivery.update({ where: { id }, data: { status: 'pending', attempts: 0 } });
  }

  async deliveries(filter: { endpointId?: string; deliveryId?: string }) {
    const db = await this.tenantDb.client();
    return db.webhookDelivery.findMany({
      where: {
        ...(filter.endpointId ? { endpoint: { endpointId: filter.endpointId } } : {}),
        ...(filter.deliveryId ? { deliveryId: filter.deliveryId } : {}),
      },
      include: {
        endpoint: { select: { endpointId: true } },
        attemptLog: { orderBy: { id: 'desc' }, take: 1, select: { error: true } },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 100,
    });
  }

  /** Public ids for a request's event: the request, its musician, need and project. */
  async describeRequest(requestId: number) {
    const db = await this.tenantDb.client();
    return db.request.findUnique({
      where: { id: requestId },
      select: {
        requestId: true,
        status: true,
        respondedAt: true,
        musician: { select: { musicianId: true, firstName: true, lastName: true } },
        need: { select: NEED_FIELDS },
      },
    });
  }

  async describeNeed(needId: number) {
    const db = await this.tenantDb.client();
    return db.projectNeed.findUnique({
      where: { id: needId },
      select: NEED_FIELDS,
    });
  }
}
