import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { Resend } from 'resend';
import { Public } from '#tutti/auth';
import { DomainError, SecretBox } from '#tutti/common';
import { OrchestrasRepository } from '#tutti/control-plane';
import { currentTenant } from '#tutti/tenancy';
import { MessagingRepository } from './messaging.repository.js';
import { TwilioSignature } from './twilio-signature.js';

const TWILIO_DELIVERED = new Set(['delivered', 'read']);
const TWILIO_FAILED = new Set(['failed', 'undelivered']);

/** Delivery reports from the providers, on the orchestra's own subdomain, signatures checked. */
@ApiExcludeController()
@Public()
@Controller('api/webhooks')
export class DeliveryWebhooksController {
  constructor(
    private readonly repo: MessagingRepository,
    private readonly twilio: TwilioSignature,
    private readonly orchestras: OrchestrasRepository,
    private readonly secrets: SecretBox,
  ) {}

  @Post('twilio/status')
  @HttpCode(204)
  async twilioStatus(@Req() req: Request, @Body() body: Record<string, string>) {
    await this.twilio.assertValid(req, body);
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

  /** Resend signs its webhooks (Svix headers); verified with the SDK and the orchestra's secret. */
  @Post('resend')
  @HttpCode(204)
  async resendEvent(@Req() req: Request & { rawBody?: Buffer }) {
    const orchestra = await this.orchestras.findById(currentTenant().id);
    const secret = orchestra?.resendWebhookSecretEncrypted
      ? this.secrets.decrypt(orchestra.resendWebhookSecretEncrypted)
      : null;
    if (!secret || !req.rawBody)
      throw new DomainError(
        'webhook/bad-signature',
        'forbidden',
        'The Resend signature does not match',
      );
    let event: { type: string; data: { email_id?: string } };
    try {
      event = new Resend('re_unused').webhooks.verify({
        payload: req.rawBody.toString('utf8'),
        headers: {
          id: req.header('svix-id') ?? '',
          timestamp: req.header('svix-timestamp') ?? '',
          signature: req.header('svix-signature') ?? '',
        },
        webhookSecret: secret,
      }) as unknown as typeof event;
    } catch {
      throw new DomainError(
        'webhook/bad-signature',
        'forbidden',
        'The Resend signature does not match',
      );
    }
    const id = event.data?.email_id;
    if (!id) return;
    if (event.type === 'email.delivered') await this.repo.setDeliveryStatus(id, 'delivered', null);
    else if (event.type === 'email.bounced' || event.type === 'email.failed')
      await this.repo.setDeliveryStatus(id, 'failed', event.type);
  }
}
