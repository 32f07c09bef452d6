import type { OrchestraRecord } from '#tutti/control-plane';

/** What the platform API shows of a tenant: never a secret, not even encrypted. */
export function orchestraView(o: OrchestraRecord, baseUrl: (subdomain: string) => string) {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    subdomain: o.subdomain,
    url: baseUrl(o.subdomain),
    customDomain: o.customDomain,
    status: o.status,
    statusReason: o.statusReason,
    plan: o.plan,
    limits: { maxMusicians: o.maxMusicians, maxProjects: o.maxProjects },
    billingStatus: o.billingStatus,
    locale: o.locale,
    contactName: o.contactName,
    contactEmail: o.contactEmail,
    adminEmail: o.adminEmail,
    customerProfileId: o.customerProfileId,
    provisioning: {
      step: o.provisioningStep,
      error: o.provisioningError,
      attempts: o.provisioningAttempts,
    },
    database: {
      provider: o.databaseProvider,
      name: o.databaseName,
      schemaVersion: o.schemaVersion,
      serverId: o.databaseServerId,
      region: o.region,
      maintenanceSince: o.maintenanceSince,
    },
    lastMigration: {
      at: o.lastMigrationAt,
      status: o.lastMigrationStatus,
      error: o.lastMigrationError,
    },
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}
