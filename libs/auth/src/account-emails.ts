import { Injectable } from '@nestjs/common';

/** The one-time links the accounts of an ensemble get by email. */
export type AccountEmailKind = 'password_reset' | 'staff_invitation';

export interface AccountEmail {
  kind: AccountEmailKind;
  to: { email: string; name: string };
  token: string;
  /** Who sent an invitation, to say so in it. */
  invitedBy?: string;
}

export type AccountEmailSender = (email: AccountEmail) => Promise<void>;

/**
 * Where auth hands over the emails that carry a one-time link (a password reset, a staff
 * invitation): the messaging module registers the sender, since it knows the ensemble's
 * providers and sends through them (simulated and logged in the demo).
 */
@Injectable()
export class AccountEmails {
  private sender: AccountEmailSender | null = null;

  /** Called once by the module that delivers the email. */
  useSender(sender: AccountEmailSender): void {
    this.sender = sender;
  }

  send(email: AccountEmail): Promise<void> {
    if (!this.sender) throw new Error('No account email sender is registered');
    return this.sender(email);
  }
}
