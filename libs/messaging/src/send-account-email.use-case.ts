import { Injectable } from '@nestjs/common';

import type { AccountEmail, AccountEmailKind } from '#tutti/auth';
import { languageOf } from '#tutti/common';
import { currentTenant, TenantUrls } from '#tutti/tenancy';

import { MessageQueue, TOKEN_MARK } from './message-queue.js';

interface Text {
  path: string;
  subject: (ensemble: string) => string;
  body: (name: string, ensemble: string, link: string, invitedBy: string) => string;
}

const TEXT: Record<'sv' | 'en', Record<AccountEmailKind, Text>> = {
  sv: {
    password_reset: {
      path: '/reset-password',
      subject: (ensemble) => `Nytt lösenord för ${ensemble}`,
      body: (name, ensemble, link) =>
        `Hej ${name}!\n\nNågon bad om ett nytt lösenord för ditt konto hos ${ensemble}. Välj ett nytt lösenord här (länken gäller en timme och kan användas en gång):\n\n${link}\n\nVar det inte du kan du strunta i det här mejlet; ditt lösenord är oförändrat.`,
    },
    staff_invitation: {
      path: '/invitations',
      subject: (ensemble) => `Du är inbjuden till ${ensemble} i Tutti`,
      body: (name, ensemble, link, invitedBy) =>
        `Hej ${name}!\n\n${invitedBy} har bjudit in dig att arbeta med ${ensemble} i Tutti. Välj ett lösenord här för att komma igång (länken gäller i sju dagar och kan användas en gång):\n\n${link}\n\nVäntade du dig inte det här kan du strunta i mejlet.`,
    },
  },
  en: {
    password_reset: {
      path: '/reset-password',
      subject: (ensemble) => `A new password for ${ensemble}`,
      body: (name, ensemble, link) =>
        `Hello ${name},\n\nSomeone asked for a new password for your account at ${ensemble}. Choose a new password here (the link works for one hour, once):\n\n${link}\n\nIf it was not you, ignore this email; your password has not changed.`,
    },
    staff_invitation: {
      path: '/invitations',
      subject: (ensemble) => `You are invited to ${ensemble} on Tutti`,
      body: (name, ensemble, link, invitedBy) =>
        `Hello ${name},\n\n${invitedBy} has invited you to work with ${ensemble} on Tutti. Choose a password here to get started (the link works for seven days, once):\n\n${link}\n\nIf you did not expect this, ignore this email.`,
    },
  },
};

/**
 * Emails that carry an account's one-time link (a password reset, a staff invitation),
 * through the ensemble's own messaging (its providers, or simulated and logged in the demo).
 * The token travels sealed in the job; the log keeps it only when the message is simulated,
 * as for request links.
 */
@Injectable()
export class SendAccountEmail {
  constructor(
    private readonly queue: MessageQueue,
    private readonly urls: TenantUrls,
  ) {}

  async execute({ kind, to, token, invitedBy }: AccountEmail): Promise<void> {
    const tenant = currentTenant();
    const t = TEXT[languageOf(tenant.locale)][kind];
    const link = `${this.urls.tenant(tenant.subdomain)}${t.path}#${TOKEN_MARK}`;
    await this.queue.enqueue([
      {
        token,
        entry: {
          requestId: null,
          type: kind,
          channel: 'email',
          recipient: to.email,
          subject: t.subject(tenant.name),
          body: t.body(to.name, tenant.name, link, invitedBy ?? tenant.name),
        },
      },
    ]);
  }
}
