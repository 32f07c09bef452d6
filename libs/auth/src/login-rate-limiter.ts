import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, type AppConfig, Clock, DomainError } from '#tutti/common';

/**
 * Failed logins per account and attempts per client address, in fixed windows. Kept in the
 * process: with several gateway copies each enforces its own budget (documented in README).
 */
@Injectable()
export class LoginRateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Throws 429 when either budget is spent; counts this attempt against the address. */
  check(accountKey: string, ip: string): void {
    const perIp = this.config.loginRateLimit.max * 5;
    this.assertUnder(`acct:${accountKey}`, this.config.loginRateLimit.max);
    this.hit(`ip:${ip}`);
    this.assertUnder(`ip:${ip}`, perIp + 1);
  }

  recordFailure(accountKey: string): void {
    this.hit(`acct:${accountKey}`);
  }

  recordSuccess(accountKey: string): void {
    this.windows.delete(`acct:${accountKey}`);
  }

  private hit(key: string): void {
    const now = this.clock.now().getTime();
    const w = this.windows.get(key);
    if (!w || w.resetAt <= now)
      this.windows.set(key, {
        count: 1,
        resetAt: now + this.config.loginRateLimit.windowSeconds * 1000,
      });
    else w.count++;
    if (this.windows.size > 100_000) this.prune(now);
  }

  private assertUnder(key: string, max: number): void {
    const now = this.clock.now().getTime();
    const w = this.windows.get(key);
    if (w && w.resetAt > now && w.count >= max) {
      const retry = Math.ceil((w.resetAt - now) / 1000);
      throw new DomainError(
        'auth/too-many-attempts',
        'too_many_requests',
        `Too many sign-in attempts; try again in ${retry} seconds`,
        undefined,
        { 'Retry-After': String(retry) },
      );
    }
  }

  private prune(now: number): void {
    for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
  }
}
