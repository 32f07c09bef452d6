import { Resolver } from 'node:dns/promises';

import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '#tutti/common';

/** What a TXT lookup found: the records, none (the name or record does not exist), or no answer. */
export type TxtLookup =
  { kind: 'records'; values: string[] } | { kind: 'none' } | { kind: 'unavailable'; error: string };

/** Answers that mean "there is no such record", as opposed to "the DNS did not answer". */
const ABSENT = new Set(['ENOTFOUND', 'ENODATA']);

/**
 * TXT records through Node's resolver, asking `DNS_SERVERS` when set (the tests' local DNS
 * server; a company resolver) and the system's otherwise.
 */
@Injectable()
export class TxtResolver {
  private readonly resolver = new Resolver({ timeout: 3_000, tries: 2 });

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.dnsServers.length) this.resolver.setServers(config.dnsServers);
  }

  async lookup(name: string): Promise<TxtLookup> {
    try {
      const records = await this.resolver.resolveTxt(name);
      return { kind: 'records', values: records.map((chunks) => chunks.join('')) };
    } catch (err) {
      const code = (err as { code?: string }).code ?? 'EUNKNOWN';
      return ABSENT.has(code) ? { kind: 'none' } : { kind: 'unavailable', error: code };
    }
  }
}
