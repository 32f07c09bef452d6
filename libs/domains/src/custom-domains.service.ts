import { Inject, Injectable, Logger } from '@nestjs/common';

import { APP_CONFIG, type AppConfig, Clock, DomainError, randomToken } from '#tutti/common';
import { AuditRepository, CustomDomainsRepository } from '#tutti/control-plane';
import { currentTenant } from '#tutti/tenancy';

import type { DomainView } from './domain.dto.js';
import { TxtResolver } from './txt-resolver.js';

const HOST_NAME = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
export const RECORD_PREFIX = '_tutti-verify.';
export const VALUE_PREFIX = 'tutti-verify=';

const invalidDomain = (why: string) =>
  new DomainError('domain/invalid', 'invalid', why, { field: 'domain' });
const taken = (domain: string) =>
  new DomainError('domain/taken', 'conflict', `${domain} is another ensemble's domain`, {
    field: 'domain',
  });
const noDomain = () =>
  new DomainError('domain/none', 'not_found', 'The ensemble has no custom domain');
const notVerified = (domain: string, found: string[]) =>
  new DomainError(
    'domain/not-verified',
    'invalid',
    found.length
      ? `The TXT record at ${RECORD_PREFIX}${domain} does not hold this ensemble's token`
      : `No TXT record at ${RECORD_PREFIX}${domain} yet (DNS changes can take a while)`,
    { found },
  );
const dnsUnavailable = (error: string) =>
  new DomainError('domain/dns-unavailable', 'unavailable', `The DNS did not answer (${error})`);

/**
 * An ensemble's own address (`vikarier.example-orkester.se`): named by its admin, it serves
 * the ensemble only after a TXT record with the ensemble's token is found at
 * `_tutti-verify.<domain>`; it is checked again every day and stops serving when the record
 * is gone. The domain's DNS must also point it at Tutti (a CNAME to the ensemble's
 * subdomain), which is the owner's business, not checked here.
 */
@Injectable()
export class CustomDomainsService {
  private readonly logger = new Logger('CustomDomains');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly domains: CustomDomainsRepository,
    private readonly dns: TxtResolver,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async show(): Promise<DomainView> {
    const o = await this.domains.state(currentTenant().id);
    const domain = o?.customDomain ?? null;
    return {
      domain,
      verified: !!o?.customDomainVerified,
      verifiedAt: o?.customDomainVerifiedAt ?? null,
      checkedAt: o?.customDomainCheckedAt ?? null,
      error: o?.customDomainError ?? null,
      record:
        domain && o?.customDomainToken
          ? {
              type: 'TXT',
              name: `${RECORD_PREFIX}${domain}`,
              value: `${VALUE_PREFIX}${o.customDomainToken}`,
            }
          : null,
    };
  }

  async set(input: string): Promise<DomainView> {
    const domain = this.normalise(input);
    const orchestraId = currentTenant().id;
    const current = await this.domains.state(orchestraId);
    if (current?.customDomain !== domain) {
      if ((await this.domains.claim(orchestraId, domain, randomToken(24))) === 'taken')
        throw taken(domain);
      await this.audit.record({
        action: 'tenant.domain.set',
        targetType: 'orchestra',
        targetId: orchestraId,
        orchestraId,
        before: { domain: current?.customDomain ?? null },
        after: { domain },
      });
    }
    return this.show();
  }

  async verify(): Promise<DomainView> {
    const orchestraId = currentTenant().id;
    const o = await this.domains.state(orchestraId);
    if (!o?.customDomain || !o.customDomainToken) throw noDomain();
    const check = await this.check(orchestraId, o.customDomain, o.customDomainToken);
    if (check.kind === 'unavailable') throw dnsUnavailable(check.error);
    if (check.kind === 'absent') throw notVerified(o.customDomain, check.found);
    if (!o.customDomainVerified)
      await this.audit.record({
        action: 'tenant.domain.verify',
        targetType: 'orchestra',
        targetId: orchestraId,
        orchestraId,
        after: { domain: o.customDomain },
      });
    return this.show();
  }

  async remove(): Promise<void> {
    const orchestraId = currentTenant().id;
    const o = await this.domains.state(orchestraId);
    if (!o?.customDomain) throw noDomain();
    await this.domains.clear(orchestraId);
    await this.audit.record({
      action: 'tenant.domain.remove',
      targetType: 'orchestra',
      targetId: orchestraId,
      orchestraId,
      before: { domain: o.customDomain },
    });
  }

  /**
   * The daily re-check of every verified domain: a record that is gone (or changed) ends the
   * verification, and the domain stops serving at once; a DNS that does not answer changes
   * nothing but the note. Returns how many domains lapsed.
   */
  async recheckAll(): Promise<{ checked: number; lapsed: number }> {
    let lapsed = 0;
    const all = await this.domains.listVerified();
    for (const o of all) {
      if (!o.customDomain || !o.customDomainToken) continue;
      if ((await this.check(o.id, o.customDomain, o.customDomainToken)).kind !== 'absent') continue;
      lapsed++;
      this.logger.warn(`${o.customDomain}: verification record gone, domain stops serving`);
    }
    return { checked: all.length, lapsed };
  }

  /**
   * Looks the record up and records what was found: verified when it holds the token, not
   * verified when it does not (or is gone), unchanged when the DNS did not answer.
   */
  private async check(
    orchestraId: string,
    domain: string,
    token: string,
  ): Promise<
    { kind: 'found' } | { kind: 'absent'; found: string[] } | { kind: 'unavailable'; error: string }
  > {
    const lookup = await this.dns.lookup(`${RECORD_PREFIX}${domain}`);
    const at = this.clock.now();
    if (lookup.kind === 'unavailable') {
      await this.domains.recordCheck(orchestraId, domain, {
        verified: null,
        at,
        error: `DNS: ${lookup.error}`,
      });
      return lookup;
    }
    const values = lookup.kind === 'records' ? lookup.values : [];
    const ok = values.includes(`${VALUE_PREFIX}${token}`);
    await this.domains.recordCheck(orchestraId, domain, {
      verified: ok,
      at,
      error: ok ? null : 'The verification record was not found: the domain does not serve',
    });
    return ok ? { kind: 'found' } : { kind: 'absent', found: values.slice(0, 5) };
  }

  private normalise(input: string): string {
    const domain = input.trim().toLowerCase().replace(/\.$/, '');
    if (!HOST_NAME.test(domain) || domain.length > 253)
      throw invalidDomain('domain must be a host name like vikarier.example-orkester.se');
    const base = this.config.baseDomain.toLowerCase();
    if (domain === base || domain.endsWith(`.${base}`))
      throw invalidDomain(`domain cannot be under ${base}: that is Tutti's own`);
    return domain;
  }
}
