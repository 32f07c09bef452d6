import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, type AppConfig, requestContext, SecretBox } from '#tutti/common';
import { type OrchestraRecord, OrchestrasRepository } from '#tutti/control-plane';
import { currentTenant } from '#tutti/tenancy';

import type { EmailCredentials, SmsCredentials } from './provider-gateway.js';

/** Where a credential came from: the ensemble's own account, the platform's, or none. */
export type CredentialSource = 'orchestra' | 'platform' | 'none';

export interface TenantCredentials {
  /** The orchestra record they were read from (sender names, toggles). */
  orchestra: OrchestraRecord;
  email: (EmailCredentials & { source: 'orchestra' | 'platform' }) | null;
  sms: (SmsCredentials & { from: string; source: 'orchestra' | 'platform' }) | null;
  /** Checks Twilio's webhook signatures (the account that sends also signs). */
  twilioAuthToken: string | null;
  /** Checks Resend's webhook signatures; only the ensemble's own endpoint has one. */
  resendWebhookSecret: string | null;
}

const MEMO_KEY = 'messaging/credentials';

/**
 * The one place an ensemble's Twilio and Resend secrets are resolved: the orchestra's own
 * (stored encrypted), else the platform's, else none (messages are simulated). Read and
 * decrypted once per request or job, and shared by everything in it that sends or verifies.
 */
@Injectable()
export class ProviderCredentials {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orchestras: OrchestrasRepository,
    private readonly secrets: SecretBox,
  ) {}

  /** The current tenant's credentials. */
  current(): Promise<TenantCredentials> {
    const memo = requestContext.require().memo;
    let found = memo.get(MEMO_KEY) as Promise<TenantCredentials> | undefined;
    if (!found) {
      found = this.resolve(currentTenant().id);
      memo.set(MEMO_KEY, found);
    }
    return found;
  }

  private async resolve(orchestraId: string): Promise<TenantCredentials> {
    const o = await this.orchestras.findById(orchestraId);
    if (!o) throw new Error(`Orchestra ${orchestraId} vanished`);
    const m = this.config.messaging;
    const open = (sealed: string | null) => (sealed ? this.secrets.decrypt(sealed) : null);
    const resendKey = open(o.resendApiKeyEncrypted);
    const twilioToken = open(o.twilioAuthTokenEncrypted);
    const ownSms = o.twilioAccountSid && twilioToken && o.twilioFromNumber;
    return {
      orchestra: o,
      email: resendKey
        ? { apiKey: resendKey, baseUrl: m.resendBaseUrl, source: 'orchestra' }
        : m.resendApiKey
          ? { apiKey: m.resendApiKey, baseUrl: m.resendBaseUrl, source: 'platform' }
          : null,
      sms: ownSms
        ? {
            accountSid: o.twilioAccountSid!,
            authToken: twilioToken,
            from: o.twilioFromNumber!,
            baseUrl: m.twilioBaseUrl,
            source: 'orchestra',
          }
        : m.twilioAccountSid && m.twilioAuthToken && m.twilioFromNumber
          ? {
              accountSid: m.twilioAccountSid,
              authToken: m.twilioAuthToken,
              from: m.twilioFromNumber,
              baseUrl: m.twilioBaseUrl,
              source: 'platform',
            }
          : null,
      twilioAuthToken: twilioToken ?? m.twilioAuthToken ?? null,
      resendWebhookSecret: open(o.resendWebhookSecretEncrypted),
    };
  }

  /** Forgets what this request read (after the settings changed in it). */
  forget(): void {
    requestContext.get()?.memo.delete(MEMO_KEY);
  }
}
