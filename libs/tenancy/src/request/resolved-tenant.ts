import type { OrchestraStatus } from '#tutti/control-plane';

import type { TenantConnectionInfo } from '../pool/tenant-client-pool.js';

/** A tenant as the gateway serves it: the control-plane record, secrets decrypted, cached. */
export interface ResolvedTenant {
  id: string;
  subdomain: string;
  name: string;
  kind: 'orchestra' | 'band';
  status: OrchestraStatus;
  statusReason: string | null;
  locale: string;
  /** Whose national phone format staff type. */
  country: string;
  /** IANA time zone in which the ensemble reads dates and times. */
  timeZone: string;
  /** Whom musicians and the public may write to. */
  contactEmail: string;
  connection: TenantConnectionInfo | null;
  branding: {
    logoUrl: string | null;
    faviconUrl: string | null;
    primaryColor: string;
    secondaryColor: string;
  };
  /** The plan's limits. */
  limits: { maxMusicians: number; maxProjects: number };
}
