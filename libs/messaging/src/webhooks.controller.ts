import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';

import { Public } from '#tutti/auth';

import { DeliveryWebhooksService } from './delivery-webhooks.service.js';
import { TwilioSignature } from './twilio-signature.js';

const svix = (req: Request) => ({
  id: req.header('svix-id') ?? '',
  timestamp: req.header('svix-timestamp') ?? '',
  signature: req.header('svix-signature') ?? '',
});

/** Delivery reports from the providers, on the orchestra's own subdomain, signatures checked. */
@ApiExcludeController()
@Public()
@Controller('api/webhooks')
export class DeliveryWebhooksController {
  constructor(
    private readonly webhooks: DeliveryWebhooksService,
    private readonly twilio: TwilioSignature,
  ) {}

  @Post('twilio/status')
  @HttpCode(204)
  async twilioStatus(@Req() req: Request, @Body() body: Record<string, string>) {
    await this.twilio.assertValid(req, body);
    await this.webhooks.twilioStatus(body);
  }

  @Post('resend')
  @HttpCode(204)
  resendEvent(@Req() req: Request & { rawBody?: Buffer }) {
    return this.webhooks.resendEvent(req.rawBody, svix(req));
  }
}
