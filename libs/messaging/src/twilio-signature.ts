import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import twilio from 'twilio';

import { badSignature } from './messaging.errors.js';
import { ProviderCredentials } from './provider-credentials.js';

/**
 * Checks X-Twilio-Signature with the auth token of the orchestra whose number Twilio called
 * (the platform's when the orchestra has none). The signed URL is the public one Twilio
 * requested: scheme from X-Forwarded-Proto behind a proxy (trust proxy), host from Host.
 */
@Injectable()
export class TwilioSignature {
  constructor(private readonly credentials: ProviderCredentials) {}

  async assertValid(req: Request, params: Record<string, unknown>): Promise<void> {
    const token = (await this.credentials.current()).twilioAuthToken;
    const signature = req.header('x-twilio-signature');
    const url = `${req.protocol}://${req.get('host')}${req.originalUrl}`;
    if (!token || !signature || !twilio.validateRequest(token, signature, url, params))
      throw badSignature('Twilio');
  }
}
