import { Injectable } from '@nestjs/common';

import { SecretBox } from '#tutti/common';
import { type OrchestraRecord, OrchestrasRepository } from '#tutti/control-plane';
import { currentTenant } from '#tutti/tenancy';

import type { MessagingSettingsDto } from './dto/messaging.dto.js';
import { ProviderCredentials } from './provider-credentials.js';

/**
 * An ensemble's own sending accounts and toggles. Secrets are write-only: stored encrypted,
 * shown as set or not, and which account would send (the ensemble's, the platform's, none).
 */
@Injectable()
export class MessagingSettingsService {
  constructor(
    private readonly orchestras: OrchestrasRepository,
    private readonly credentials: ProviderCredentials,
    private readonly secrets: SecretBox,
  ) {}

  async get() {
    const creds = await this.credentials.current();
    return this.view(creds.orchestra, {
      email: creds.email?.source ?? 'none',
      sms: creds.sms?.source ?? 'none',
    });
  }

  async update(dto: MessagingSettingsDto) {
    const { resendApiKey, resendWebhookSecret, twilioAuthToken, ...plain } = dto;
    const sealed = (v: string | undefined) =>
      v === undefined ? undefined : v === '' ? null : this.secrets.encrypt(v);
    await this.orchestras.update(currentTenant().id, {
      ...plain,
      resendApiKeyEncrypted: sealed(resendApiKey),
      resendWebhookSecretEncrypted: sealed(resendWebhookSecret),
      twilioAuthTokenEncrypted: sealed(twilioAuthToken),
    });
    this.credentials.forget();
    return this.get();
  }

  private view(o: OrchestraRecord, sending: { email: string; sms: string }) {
    return {
      hasResendApiKey: !!o.resendApiKeyEncrypted,
      hasResendWebhookSecret: !!o.resendWebhookSecretEncrypted,
      emailFromAddress: o.emailFromAddress,
      emailFromName: o.emailFromName,
      emailReplyTo: o.emailReplyTo,
      twilioAccountSid: o.twilioAccountSid,
      hasTwilioAuthToken: !!o.twilioAuthTokenEncrypted,
      twilioFromNumber: o.twilioFromNumber,
      smsOnRequest: o.smsOnRequest,
      smsOnReminder: o.smsOnReminder,
      smsOnConfirmation: o.smsOnConfirmation,
      smsOnPositionFilled: o.smsOnPositionFilled,
      smsOnGroupEmail: o.smsOnGroupEmail,
      sendingThrough: sending,
    };
  }
}
