import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import twilio from 'twilio';
import { APP_CONFIG, type AppConfig, DomainError, SecretBox } from '#tutti/common';
import { OrchestrasRepository } from '#tutti/control-plane';
import { currentTenant } from '#tutti/tenancy';

/**
 * Checks X-Twilio-Signature with the auth token of the orchestra whose number Twilio called
 * (the platform's when the orchestra has none). The signed URL is the public one Twilio
 * requested: scheme from X-Forwarded-Proto behind a proxy (trust proxy), host from Host.
 */
@Injectable()
export class TwilioSignature {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orchestras: OrchestrasRepository,
    private readonly secrets: SecretBox,
  ) {}

  async assertValid(req: Request, params: Record<string, unknown>): Promise<void> {
    const orchestra = await this.orchestras.findById(currentTenant().id);
    const token = orchestra?.twilioAuthTokenEncrypted
      ? this.secrets.decrypt(orchestra.twilioAuthTokenEncrypted)
      : this.config.messaging.twilioAuthToken;
    const signature = req.header('x-twilio-signature');
    const url = `${req.protocol}://${req.get('host')}${req.originalUrl}`;
    if (!token || !signature || !twilio.validateRequest(token, signature, url, params)) {
      throw new DomainError(
        'webhook/bad-signature',
        'forbidden',
        'The Twilio signature does not match',
      );
    }
  }
}
