import { Injectable } from '@nestjs/common';
import { Resend } from 'resend';

import { badSignature } from './messaging.errors.js';
import { MessagingRepository } from './messaging.repository.js';
import { ProviderCredentials } from './provider-credentials.js';

const TWILIO_DELIVERED = new Set(['delivered', 'read']);
const TWILIO_FAILED = new Set(['failed', 'undelivered']);

export interface SvixHeaders {
  id: string;
  timestamp: string;
  signature: string;
}

/** Delivery reports from Twilio and Resend move a logged message to delivered or failed. */
@Injectable()
export class DeliveryWebhooksService {
  constructor(
    private readonly repo: MessagingRepository,
    private readonly credentials: ProviderCredentials,
  ) {}

  /** Twilio's status callback (its signature is checked before this is called). */
  async twilioStatus(body: Record<string, string>): Promise<void> {
    const status = body.MessageStatus ?? '';
    if (!body.MessageSid) return;
    if (TWILIO_DELIVERED.has(status))
      await this.repo.setDeliveryStatus(body.MessageSid, 'delivered', null);
    else if (TWILIO_FAILED.has(status))
      await this.repo.setDeliveryStatus(
        body.MessageSid,
        'failed',
        `Twilio ${status}${body.ErrorCode ? ` (${body.ErrorCode})` : ''}`,
      );
  }

  /** Resend signs its webhooks (Svix headers); verified with the SDK and the ensemble's secret. */
  async resendEvent(rawBody: Buffer | undefined, headers: SvixHeaders): Promise<void> {
    const secret = (await this.credentials.current()).resendWebhookSecret;
    if (!secret || !rawBody) throw badSignature('Resend');
    let event: { type: string; data: { email_id?: string } };
    try {
      event = new Resend('re_unused').webhooks.verify({
        payload: rawBody.toString('utf8'),
        headers,
        webhookSecret: secret,
      }) as unknown as typeof event;
    } catch {
      throw badSignature('Resend');
    }
    const id = event.data?.email_id;
    if (!id) return;
    if (event.type === 'email.delivered') await this.repo.setDeliveryStatus(id, 'delivered', null);
    else if (event.type === 'email.bounced' || event.type === 'email.failed')
      await this.repo.setDeliveryStatus(id, 'failed', event.type);
  }
}
