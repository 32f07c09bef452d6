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
    if (!token || !signature || !this.matches(req, token, signature, params))
      throw badSignature('Twilio');
  }

  /** Whether the signature is right; any malformed part of the request means it is not. */
  private matches(req: Request, token: string, signature: string, params: Record<string, unknown>) {
    try {
      // An absolute-URI request line carries its own scheme and host; Twilio signs the URL it
      // called, which Host and the (trusted) forwarded scheme describe.
      const target = new URL(req.originalUrl, 'http://request.invalid');
      const url = `${req.protocol}://${req.get('host')}${target.pathname}${target.search}`;
      return twilio.validateRequest(token, signature, url, params);
    } catch {
      return false;
    }
  }
}
