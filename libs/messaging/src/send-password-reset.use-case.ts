import { Injectable } from '@nestjs/common';

import { languageOf } from '#tutti/common';
import { currentTenant, TenantUrls } from '#tutti/tenancy';

import { MessageQueue, TOKEN_MARK } from './message-queue.js';

const TEXT = {
  sv: {
    subject: (ensemble: string) => `Nytt lösenord för ${ensemble}`,
    body: (name: string, ensemble: string, link: string) =>
      `Hej ${name}!\n\nNågon bad om ett nytt lösenord för ditt konto hos ${ensemble}. Välj ett nytt lösenord här (länken gäller en timme och kan användas en gång):\n\n${link}\n\nVar det inte du kan du strunta i det här mejlet; ditt lösenord är oförändrat.`,
  },
  en: {
    subject: (ensemble: string) => `A new password for ${ensemble}`,
    body: (name: string, ensemble: string, link: string) =>
      `Hello ${name},\n\nSomeone asked for a new password for your account at ${ensemble}. Choose a new password here (the link works for one hour, once):\n\n${link}\n\nIf it was not you, ignore this email; your password has not changed.`,
  },
};

/**
 * The password-reset email, through the ensemble's own messaging (its providers, or simulated
 * and logged in the demo). The token travels sealed in the job; the log keeps it only when the
 * message is simulated, as for request links.
 */
@Injectable()
export class SendPasswordReset {
  constructor(
    private readonly queue: MessageQueue,
    private readonly urls: TenantUrls,
  ) {}

  async execute(to: { email: string; name: string }, token: string): Promise<void> {
    const tenant = currentTenant();
    const t = TEXT[languageOf(tenant.locale)];
    const link = `${this.urls.tenant(tenant.subdomain)}/reset-password#${TOKEN_MARK}`;
    await this.queue.enqueue([
      {
        token,
        entry: {
          requestId: null,
          type: 'password_reset',
          channel: 'email',
          recipient: to.email,
          subject: t.subject(tenant.name),
          body: t.body(to.name, tenant.name, link),
        },
      },
    ]);
  }
}
