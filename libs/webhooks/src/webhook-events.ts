import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { currentTenant, TenantOutbox, UnitOfWork } from '#tutti/tenancy';

import type { WebhookEvent } from './dto/webhooks.dto.js';
import { WebhooksRepository } from './webhooks.repository.js';

export const DELIVER_WEBHOOK_JOB = 'webhook.deliver';

export interface DeliverJob {
  orchestraId: string;
  deliveryId: number;
}

/**
 * What happened, told to the ensemble's endpoints: one delivery row per endpoint that wants the
 * event, then one job each (sent, signed and retried by `WebhookDelivery`), through the
 * tenant's outbox: in the transaction of the change it reports, so neither goes without the
 * other.
 */
@Injectable()
export class WebhookEvents {
  constructor(
    private readonly repo: WebhooksRepository,
    private readonly outbox: TenantOutbox,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async emit(type: WebhookEvent, data: object): Promise<void> {
    await this.emitTo(await this.repo.subscribers([type]), type, data);
  }

  /**
   * request.accepted / request.declined, and need.filled when the acceptance filled it. On the
   * answer's path: with no endpoint wanting these events, one query and nothing else.
   */
  async requestAnswered(requestId: number, accepted: boolean, filled: boolean): Promise<void> {
    const type = accepted ? 'request.accepted' : 'request.declined';
    const subscribers = await this.repo.subscribers(filled ? [type, 'need.filled'] : [type]);
    if (subscribers.size === 0) return;
    const r = await this.repo.describeRequest(requestId);
    if (!r) return;
    const need = needData(r.need);
    await this.emitTo(subscribers, type, {
      requestId: r.requestId,
      status: r.status,
      respondedAt: r.respondedAt,
      musician: r.musician,
      need,
    });
    if (filled) await this.emitTo(subscribers, 'need.filled', need);
  }

  async needExhausted(needId: number): Promise<void> {
    const subscribers = await this.repo.subscribers(['need.exhausted']);
    if (subscribers.size === 0) return;
    const n = await this.repo.describeNeed(needId);
    if (n) await this.emitTo(subscribers, 'need.exhausted', needData(n));
  }

  /** One delivery per endpoint that wants `type`, and a job each. */
  private async emitTo(subscribers: Map<string, number[]>, type: WebhookEvent, data: object) {
    const endpointIds = subscribers.get(type) ?? [];
    if (endpointIds.length === 0) return;
    const payload = { id: randomUUID(), type, createdAt: this.clock.now().toISOString(), data };
    const orchestraId = currentTenant().id;
    await this.unitOfWork.run(async () => {
      const ids = await this.repo.record(endpointIds, type, payload);
      await this.outbox.sendMany(
        ids.map((deliveryId) => ({
          queue: DELIVER_WEBHOOK_JOB,
          data: { orchestraId, deliveryId } satisfies DeliverJob,
        })),
      );
    });
  }
}

type NeedRow = NonNullable<Awaited<ReturnType<WebhooksRepository['describeNeed']>>>;

/** What an event says of a need: public ids and names. */
const needData = (n: NeedRow) => ({
  needId: n.projectNeedId,
  position: n.position.name,
  quantity: n.quantity,
  status: n.status,
  project: n.project,
});
