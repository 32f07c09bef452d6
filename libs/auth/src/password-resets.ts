import { Injectable } from '@nestjs/common';

import { Clock, randomToken, sha256 } from '#tutti/common';
import { UsersRepository } from '#tutti/control-plane';

import { AccountEmails } from './account-emails.js';
import { invitationsOnTenantOnly } from './auth.errors.js';
import type { Realm } from './auth.service.js';
import { RateLimiter } from './rate-limiter.js';

const RESET_TTL_MS = 60 * 60 * 1000;
const PER_ACCOUNT = { what: 'password reset emails', max: 3, windowSeconds: 3600 };
const PER_ADDRESS = { what: 'password reset requests', max: 20, windowSeconds: 3600 };

/**
 * "Forgot your password?" on an ensemble's address: a one-time link, valid an hour, stored as a
 * hash, emailed through the ensemble's own messaging. The answer never says whether the email
 * belongs to anyone; using the link is the invitation's path (it spends the token and ends the
 * user's other sessions).
 */
@Injectable()
export class PasswordResets {
  constructor(
    private readonly users: UsersRepository,
    private readonly limiter: RateLimiter,
    private readonly emails: AccountEmails,
    private readonly clock: Clock,
  ) {}

  async request(realm: Realm, email: string, ip: string): Promise<void> {
    if (realm.scope !== 'tenant' || !realm.orchestraId) throw invitationsOnTenantOnly();
    const orchestraId = realm.orchestraId;
    await this.limiter.spend(`password-reset:address:${ip}`, PER_ADDRESS);
    const user = await this.users.findByEmail(orchestraId, email);
    if (!user || !user.active || user.role === 'superadmin') return;
    // Past an account's budget nothing more is sent, silently: a 429 would tell that it exists.
    const within = await this.limiter.spend(`password-reset:account:${user.id}`, PER_ACCOUNT).then(
      () => true,
      () => false,
    );
    if (!within) return;
    const token = randomToken();
    await this.users.setPasswordToken(
      user.id,
      sha256(token),
      new Date(this.clock.now().getTime() + RESET_TTL_MS),
    );
    await this.emails.send({
      kind: 'password_reset',
      to: { email: user.email, name: user.name },
      token,
    });
  }
}
