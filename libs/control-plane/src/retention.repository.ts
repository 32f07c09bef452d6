import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';

/**
 * Deletes what has no further use: expired refresh tokens, lapsed invitations, old logs, rate
 * limit windows that are over.
 */
@Injectable()
export class RetentionRepository {
  constructor(private readonly db: ControlDb) {}

  async cleanUp(now: Date, logsBefore: Date) {
    return this.db.client.$transaction(async (tx) => {
      const refreshTokens = (
        await tx.refreshToken.deleteMany({ where: { expiresAt: { lt: now } } })
      ).count;
      const invitations = (
        await tx.user.updateMany({
          where: { invitationExpiresAt: { lt: now } },
          data: { invitationTokenHash: null, invitationExpiresAt: null },
        })
      ).count;
      const systemLogs = (
        await tx.systemLog.deleteMany({ where: { timestamp: { lt: logsBefore } } })
      ).count;
      const rateLimits = (await tx.rateLimit.deleteMany({ where: { resetAt: { lt: now } } })).count;
      return { refreshTokens, invitations, systemLogs, rateLimits };
    });
  }
}
