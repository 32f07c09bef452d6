import { Body, Controller, Header, HttpCode, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';

import { Public } from '#tutti/auth';
import { TwilioSignature } from '#tutti/messaging';

import { SmsRepliesService } from './sms-replies.service.js';

/** Twilio's inbound SMS webhook for the orchestra's number; answers with TwiML at once. */
@ApiExcludeController()
@Public()
@Controller('api/webhooks/twilio')
export class SmsRepliesController {
  constructor(
    private readonly signature: TwilioSignature,
    private readonly replies: SmsRepliesService,
  ) {}

  @Post('sms')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  async inbound(@Req() req: Request, @Body() body: Record<string, string>) {
    await this.signature.assertValid(req, body);
    return this.replies.twiml(body);
  }
}
