import { appContext } from '../context';

/** Every cache key starts with the host's realm, so one ensemble's data never serves another's. */
const realm = appContext.realm === 'tenant' ? `tenant:${appContext.subdomain}` : 'platform';

export const qk = (...parts: unknown[]) => [realm, ...parts] as const;
