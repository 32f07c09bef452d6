import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';

import { APP_CONFIG, type AppConfig, Clock, SecretBox } from '#tutti/common';
import { JobsService } from '#tutti/jobs';
import { TenantJobRunner } from '#tutti/tenancy';

import { SIGNATURE_HEADER, signPayload } from './signature.js';
import { DELIVER_WEBHOOK_JOB, type DeliverJob } from './webhook-events.js';
import { WebhooksRepository } from './webhooks.repository.js';

/** Attempts in all (the first and its retries, with growing delays), then the delivery fails. */
export const MAX_ATTEMPTS = 6;
const TIMEOUT_MS = 10_000;

/** Sends one delivery: signed over a timestamp and the body, every attempt recorded. */
@Injectable()
export class WebhookDelivery implements OnModuleInit {
  constructor(
    private readonly repo: WebhooksRepository,
    private readonly jobs: JobsService,
    private readonly runner: TenantJobRunner,
    private readonly secrets: SecretBox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define<DeliverJob>({
      name: DELIVER_WEBHOOK_JOB,
      retryLimit: MAX_ATTEMPTS - 1,
      retryDelaySeconds: this.config.messaging.retryDelaySeconds,
      // One HTTP request with its own timeout.
      expireInSeconds: 30,
      handler: async ({ orchestraId, deliveryId }) =>
        void (await this.runner.run(orchestraId, () => this.send(deliveryId))),
    });
  }

  /** Throws on a failed attempt that may be retried, so the job is retried with backoff. */
  async send(id: number): Promise<void> {
    const d = await this.repo.delivery(id);
    if (!d || d.status === 'succeeded') return;
    const body = JSON.stringify(d.payload);
    const secret = this.secrets.decrypt(d.endpoint.secretEncrypted);
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(d.endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Tutti-Webhooks/1',
          'tutti-event': d.eventType,
          'tutti-delivery': d.deliveryId,
          [SIGNATURE_HEADER]: signPayload(
            secret,
            body,
            Math.floor(this.clock.now().getTime() / 1000),
          ),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      statusCode = res.status;
      await res.body?.cancel();
      if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
    } catch (e) {
      error = e instanceof Error ? e.message.slice(0, 300) : 'request failed';
    }
    const ok = error === null;
    const last = d.attempts + 1 >= MAX_ATTEMPTS;
    await this.repo.recordAttempt(
      id,
      { ok, statusCode, error, durationMs: Math.round(performance.now() - started) },
      this.clock.now(),
      !ok && last,
    );
    if (!ok && !last) throw new Error(`webhook delivery ${d.deliveryId}: ${error}`);
  }
}
