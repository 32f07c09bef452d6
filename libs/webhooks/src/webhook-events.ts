import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { Clock } from '#tutti/common';
import { JobsService } from '#tutti/jobs';
import { currentTenant } from '#tutti/tenancy';

import type { WebhookEvent } from './dto/webhooks.dto.js';
import { WebhooksRepository } from './webhooks.repository.js';

export const DELIVER_WEBHOOK_JOB = 'webhook.deliver';

export interface DeliverJob {
  orchestraId: string;
  deliveryId: number;
}

/**
 * What happened, told to the ensemble's endpoints: one delivery row per endpoint that wants the
 * event, then one job each (sent, signed and retried by `WebhookDelivery`). Called after the
 * change it reports has committed.
 */
@Injectable()
export class WebhookEvents {
  constructor(
    private readonly repo: WebhooksRepository,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  async emit(type: WebhookEvent, data: object): Promise<void> {
    const payload = { id: randomUUID(), type, createdAt: this.clock.now().toISOString(), data };
    const ids = await this.repo.record(type, payload);
    const orchestraId = currentTenant().id;
    await this.jobs.sendMany<DeliverJob>(
      DELIVER_WEBHOOK_JOB,
      ids.map((deliveryId) => ({ data: { orchestraId, deliveryId } })),
    );
  }

  /** request.accepted / request.declined, and need.filled when the acceptance filled it. */
  async requestAnswered(requestId: number, accepted: boolean, filled: boolean): Promise<void> {
    const r = await this.repo.describeRequest(requestId);
    if (!r) return;
    const need = {
      needId: r.need.projectNeedId,
      position: r.need.position.name,
      quantity: r.need.quantity,
      status: r.need.status,
      project: { projectId: r.need.project.projectId, name: r.need.project.name },
    };
    await this.emit(accepted ? 'request.accepted' : 'request.declined', {
      requestId: r.requestId,
      status: r.status,
      respondedAt: r.respondedAt,
      musician: r.musician,
      need,
    });
    if (filled) await this.emit('need.filled', need);
  }

  async needExhausted(needId: number): Promise<void> {
    const n = await this.repo.describeNeed(needId);
    if (!n) return;
    await this.emit('need.exhausted', {
      needId: n.projectNeedId,
      position: n.position.name,
      quantity: n.quantity,
      status: n.status,
      project: n.project,
    });
  }
}
