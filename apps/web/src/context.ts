/** What the gateway wrote into index.html for this host (see libs/app/src/web-app.ts). */
export type AppContext =
  | {
      realm: 'tenant';
      name: string;
      subdomain: string;
      kind: 'orchestra' | 'band';
      locale: string;
      country: string;
      timeZone: string;
      primaryColor: string;
      logoUrl: string | null;
      faviconUrl: string | null;
    }
  | { realm: 'platform' };

export function readContext(doc: Document | undefined = globalThis.document): AppContext {
  try {
    const parsed = JSON.parse(
      doc?.getElementById('tutti-context')?.textContent ?? '',
    ) as AppContext;
    return parsed && (parsed.realm === 'tenant' || parsed.realm === 'platform')
      ? parsed
      : { realm: 'platform' };
  } catch {
    return { realm: 'platform' };
  }
}

export const appContext: AppContext = readContext();

/** Where this host's sign-in routes live. */
export const authBase = appContext.realm === 'tenant' ? '/api/auth' : '/platform/auth';

/** The ensemble's time zone; the platform console shows the browser's. */
export const timeZone =
  appContext.realm === 'tenant'
    ? appContext.timeZone
    : Intl.DateTimeFormat().resolvedOptions().timeZone;
