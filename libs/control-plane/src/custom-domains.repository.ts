import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';

const FIELDS = {
  id: true,
  customDomain: true,
  customDomainToken: true,
  customDomainVerified: true,
  customDomainVerifiedAt: true,
  customDomainCheckedAt: true,
  customDomainError: true,
} as const;

/**
 * An ensemble's custom domain and its verification. Every write is an update of the
 * Orchestra row, which the control plane NOTIFYs: each gateway copy drops the host from its
 * cache at once, so a removed or lapsed domain stops serving everywhere.
 */
@Injectable()
export class CustomDomainsRepository {
  constructor(private readonly db: ControlDb) {}

  state(orchestraId: string) {
    return this.db.client.orchestra.findUnique({ where: { id: orchestraId }, select: FIELDS });
  }

  /** Names a new domain (unverified, with a new token); 'taken' when another ensemble has it. */
  async claim(orchestraId: string, domain: string, token: string): Promise<'taken' | 'claimed'> {
    try {
      await this.db.client.orchestra.update({
        where: { id: orchestraId },
        data: {
          customDomain: domain,
          customDomainToken: token,
          customDomainVerified: false,
          customDomainVerifiedAt: null,
          customDomainCheckedAt: null,
          customDomainError: null,
        },
      });
      return 'claimed';
    } catch (err) {
      if ((err as { code?: string }).code === 'P2002') return 'taken';
      throw err;
    }
  }

  /**
   * Records a check of `domain` — only if it is still the ensemble's domain, so a check that
   * finishes after the domain was changed or removed writes nothing. `verified: null` keeps
   * the current state (the DNS could not answer).
   */
  async recordCheck(
    orchestraId: string,
    domain: string,
    check: { verified: boolean | null; at: Date; error: string | null },
  ): Promise<boolean> {
    const { count } = await this.db.client.orchestra.updateMany({
      where: { id: orchestraId, customDomain: domain },
      data: {
        customDomainCheckedAt: check.at,
        customDomainError: check.error,
        ...(check.verified === null
          ? {}
          : check.verified
            ? { customDomainVerified: true, customDomainVerifiedAt: check.at }
            : { customDomainVerified: false, customDomainVerifiedAt: null }),
      },
    });
    return count === 1;
  }

  async clear(orchestraId: string): Promise<void> {
    await this.db.client.orchestra.update({
      where: { id: orchestraId },
      data: {
        customDomain: null,
        customDomainToken: null,
        customDomainVerified: false,
        customDomainVerifiedAt: null,
        customDomainCheckedAt: null,
        customDomainError: null,
      },
    });
  }

  /** Every verified domain, for the daily re-check. */
  listVerified() {
    return this.db.client.orchestra.findMany({
      where: { customDomainVerified: true, status: { not: 'deleted' } },
      select: { id: true, customDomain: true, customDomainToken: true },
    });
  }
}
