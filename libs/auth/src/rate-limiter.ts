import { Injectable } from '@nestjs/common';

import { Clock, DomainError } from '#tutti/common';
import { RateLimitsRepository } from '#tutti/control-plane';

export interface Budget {
  /** What is limited, for the error message ("sign-in attempts"). */
  what: string;
  max: number;
  windowSeconds: number;
}

const tooMany = (what: string, resetAt: Date, now: Date) => {
  const retry = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return new DomainError(
    'auth/too-many-attempts',
    'too_many_requests',
    `Too many ${what}; try again in ${retry} seconds`,
    undefined,
    { 'Retry-After': String(retry) },
  );
};

/**
 * Budgets of attempts in fixed windows, counted in the control-plane database so that every
 * gateway copy spends the same budget (a client cannot reset it by reaching another copy).
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly windows: RateLimitsRepository,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt; 429 with Retry-After once the budget is spent. */
  async spend(key: string, budget: Budget): Promise<void> {
    const now = this.clock.now();
    const w = await this.windows.hit(key, now, budget.windowSeconds * 1000);
    if (w.count > budget.max) throw tooMany(budget.what, w.resetAt, now);
  }

  /** 429 if the budget is spent already, without counting (failures are counted after). */
  async assertLeft(key: string, budget: Budget): Promise<void> {
    const now = this.clock.now();
    const w = await this.windows.peek(key, now);
    if (w && w.count >= budget.max) throw tooMany(budget.what, w.resetAt, now);
  }

  async count(key: string, budget: Budget): Promise<void> {
    await this.windows.hit(key, this.clock.now(), budget.windowSeconds * 1000);
  }

  async reset(key: string): Promise<void> {
    await this.windows.clear(key);
  }
}
