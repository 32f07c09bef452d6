import type { BillingStatus, OrchestraStatus, Plan } from '#tutti/control-plane';

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
  /** Its database is being moved: nothing is served until the move switches it over. */
  maintenance: boolean;
  branding: {
    logoUrl: string | null;
    faviconUrl: string | null;
    primaryColor: string;
    secondaryColor: string;
  };
  plan: Plan;
  /** The plan's limits (a superadmin may have raised them for this ensemble). */
  limits: { maxMusicians: number; maxProjects: number };
  /** Where the ensemble stands with Stripe; suspendedForBilling: paying lifts the suspension. */
  billing: {
    status: BillingStatus;
    pastDueSince: Date | null;
    trialEndsAt: Date | null;
    suspendedForBilling: boolean;
    /** A Stripe subscription is running (plan changes go through the billing portal). */
    subscribed: boolean;
  };
}
