import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';

export interface WindowCount {
  count: number;
  resetAt: Date;
}

/** Fixed-window counters in the control plane, so every gateway copy shares one budget. */
@Injectable()
export class RateLimitsRepository {
  constructor(private readonly db: ControlDb) {}

  /** Counts one hit on `key` (a new window when the last one is over); one atomic statement. */
  async hit(key: string, now: Date, windowMs: number): Promise<WindowCount> {
    const resetAt = new Date(now.getTime() + windowMs);
    const [row] = await this.db.client.$queryRaw<WindowCount[]>`
      INSERT INTO "RateLimit" (key, count, "resetAt") VALUES (${key}, 1, ${resetAt})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit".count + 1 END,
        "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimit"."resetAt" END
      RETURNING count, "resetAt"`;
    return row;
  }

  async peek(key: string, now: Date): Promise<WindowCount | null> {
    const row = await this.db.client.rateLimit.findUnique({ where: { key } });
    return row && row.resetAt > now ? { count: row.count, resetAt: row.resetAt } : null;
  }

  async clear(key: string): Promise<void> {
    await this.db.client.rateLimit.deleteMany({ where: { key } });
  }
}
