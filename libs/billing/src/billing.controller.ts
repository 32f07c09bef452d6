import { Body, Controller, Get, Headers, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExcludeEndpoint,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';

import { Public, RequiresPermission, SignedIn } from '#tutti/auth';

import { BillingView, CheckoutDto, RedirectView } from './billing.dto.js';
import { BillingService } from './billing.service.js';
import { StripeWebhooksService } from './stripe-webhooks.service.js';

@ApiTags('billing')
@ApiBearerAuth()
@RequiresPermission('billing.manage')
@Controller('api/billing')
export class BillingController {
  constructor(private readonly billing: BillingService) {}

  @ApiOperation({ summary: 'The plan, its limits and use, and where payments stand' })
  @ApiOkResponse({ type: BillingView })
  @SignedIn()
  @Get()
  show() {
    return this.billing.show();
  }

  @ApiOperation({ summary: 'Start Stripe Checkout for a plan; send the browser to the url' })
  @ApiOkResponse({ type: RedirectView })
  @Post('checkout')
  @HttpCode(200)
  checkout(@Body() dto: CheckoutDto) {
    return this.billing.checkout(dto.plan);
  }

  @ApiOperation({ summary: "Open Stripe's billing portal: card, invoices, plan, cancellation" })
  @ApiOkResponse({ type: RedirectView })
  @Post('portal')
  @HttpCode(200)
  portal() {
    return this.billing.portal();
  }
}

/** Stripe's events, on the central domain, checked by the SDK against the endpoint secret. */
@ApiTags('billing')
@Public()
@Controller('platform/stripe')
export class StripeWebhookController {
  constructor(private readonly webhooks: StripeWebhooksService) {}

  @ApiExcludeEndpoint()
  @Post('webhook')
  @HttpCode(200)
  receive(
    @Req() req: Request & { rawBody?: Buffer },
    @Headers('stripe-signature') signature?: string,
  ) {
    return this.webhooks.receive(req.rawBody, signature);
  }
}
