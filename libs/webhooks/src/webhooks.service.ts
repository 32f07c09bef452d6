import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, type AppConfig, randomToken, SecretBox } from '#tutti/common';
import { currentTenant, TenantOutbox, UnitOfWork } from '#tutti/tenancy';

import type { CreateEndpointDto, UpdateEndpointDto } from './dto/webhooks.dto.js';
import { DELIVER_WEBHOOK_JOB, type DeliverJob } from './webhook-events.js';
import { deliveryNotFound, endpointNotFound, httpsRequired } from './webhooks.errors.js';
import { WebhooksRepository } from './webhooks.repository.js';

type EndpointRow = NonNullable<Awaited<ReturnType<WebhooksRepository['endpoint']>>>;

const view = (e: EndpointRow) => ({
  endpointId: e.endpointId,
  url: e.url,
  events: e.events,
  isActive: e.isActive,
  createdAt: e.createdAt,
});

/** The ensemble's webhook endpoints (secrets shown once, rotatable) and their deliveries. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly repo: WebhooksRepository,
    private readonly secrets: SecretBox,
    private readonly outbox: TenantOutbox,
    private readonly unitOfWork: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(dto: CreateEndpointDto) {
    if (this.config.env === 'production' && !dto.url.startsWith('https://')) throw httpsRequired();
    const secret = `whsec_${randomToken()}`;
    const e = await this.repo.createEndpoint(
      dto.url,
      [...new Set(dto.events)],
      this.secrets.encrypt(secret),
    );
    return { ...view(e), secret };
  }

  async list() {
    return { items: (await this.repo.endpoints()).map(view) };
  }

  async update(endpointId: string, dto: UpdateEndpointDto) {
    const e = await this.repo.updateEndpoint(endpointId, { isActive: dto.isActive });
    if (!e) throw endpointNotFound(endpointId);
    return view(e);
  }

  /** A new secret, shown once; the old one stops signing at once. */
  async rotate(endpointId: string) {
    const secret = `whsec_${randomToken()}`;
    const e = await this.repo.updateEndpoint(endpointId, {
      secretEncrypted: this.secrets.encrypt(secret),
    });
    if (!e) throw endpointNotFound(endpointId);
    return { ...view(e), secret };
  }

  async remove(endpointId: string) {
    if (!(await this.repo.deleteEndpoint(endpointId))) throw endpointNotFound(endpointId);
  }

  async deliveries(filter: { endpointId?: string; deliveryId?: string } = {}) {
    const rows = await this.repo.deliveries(filter);
    return {
      items: rows.map((d) => ({
        deliveryId: d.deliveryId,
        endpointId: d.endpoint.endpointId,
        eventType: d.eventType,
        status: d.status,
        attempts: d.attempts,
        lastStatusCode: d.lastStatusCode,
        lastError: d.attemptLog[0]?.error ?? null,
        createdAt: d.createdAt,
        deliveredAt: d.deliveredAt,
      })),
    };
  }

  /** Sends a delivery again (same event id and body, a fresh signature). */
  async replay(deliveryId: string) {
    const d = await this.repo.deliveryByPublicId(deliveryId);
    if (!d) throw deliveryNotFound(deliveryId);
    await this.unitOfWork.run(async () => {
      await this.repo.markPending(d.id);
      await this.outbox.send({
        queue: DELIVER_WEBHOOK_JOB,
        data: { orchestraId: currentTenant().id, deliveryId: d.id } satisfies DeliverJob,
      });
    });
    return (await this.deliveries({ deliveryId })).items[0];
  }
}
