/** Names that can never be a tenant's subdomain: platform hosts and names people would trust. */
export const RESERVED_SUBDOMAINS = new Set([
  'admin',
  'www',
  'api',
  'app',
  'apps',
  'platform',
  'central',
  'console',
  'dashboard',
  'static',
  'assets',
  'cdn',
  'mail',
  'email',
  'smtp',
  'imap',
  'pop',
  'ftp',
  'sms',
  'status',
  'health',
  'metrics',
  'docs',
  'help',
  'support',
  'billing',
  'auth',
  'login',
  'signup',
  'account',
  'accounts',
  'webhooks',
  'hooks',
  'ws',
  'dev',
  'test',
  'staging',
  'demo-admin',
  'root',
  'system',
  'tutti',
  'localhost',
  'internal',
  'ns1',
  'ns2',
  'blog',
  'public',
]);

const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why a subdomain cannot be used, or null when it can. */
export function subdomainProblem(subdomain: string): string | null {
  if (!SUBDOMAIN.test(subdomain))
    return 'must be 1-63 lower-case letters, digits or hyphens, not starting or ending with a hyphen';
  if (subdomain.includes('--')) return 'must not contain two hyphens in a row';
  if (RESERVED_SUBDOMAINS.has(subdomain)) return `"${subdomain}" is reserved`;
  return null;
}

export type HostTarget =
  | { kind: 'central' }
  | { kind: 'tenant'; subdomain: string }
  | { kind: 'custom'; domain: string }
  | { kind: 'invalid' };

/**
 * Where a Host header points: the central domain (the apex or `admin.`), one tenant's
 * subdomain, or some other name that may be a tenant's verified custom domain. Only one label
 * below the base domain names a tenant: `a.b.<base>` is nobody.
 */
export function parseHost(hostHeader: string | undefined, baseDomain: string): HostTarget {
  if (!hostHeader) return { kind: 'invalid' };
  let host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return { kind: 'invalid' }; // IPv6 literal: never a tenant
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  if (!/^[a-z0-9.-]+$/.test(host)) return { kind: 'invalid' };
  if (host === baseDomain || host === `admin.${baseDomain}`) return { kind: 'central' };
  const suffix = `.${baseDomain}`;
  if (host.endsWith(suffix)) {
    const label = host.slice(0, -suffix.length);
    if (label.includes('.') || RESERVED_SUBDOMAINS.has(label) || !SUBDOMAIN.test(label))
      return { kind: 'invalid' };
    return { kind: 'tenant', subdomain: label };
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return { kind: 'invalid' };
  return { kind: 'custom', domain: host };
}
