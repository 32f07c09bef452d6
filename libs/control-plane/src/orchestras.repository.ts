import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';
import type { Orchestra, Prisma } from './generated/client.js';
import type { BillingStatus, EnsembleKind, OrchestraStatus, Plan } from './generated/enums.js';

export type OrchestraRecord = Orchestra;
export type { BillingStatus, EnsembleKind, OrchestraStatus, Plan };

/** What services change on an orchestra; the repository turns it into Prisma's terms. */
export interface OrchestraUpdate {
  status?: OrchestraStatus;
  statusReason?: string | null;
  suspendedAt?: Date | null;
  deletedAt?: Date | null;
  provisioningStep?: string;
  provisioningError?: string | null;
  /** Counts one more run of the provisioning pipeline. */
  countProvisioningAttempt?: true;
  databaseUrlEncrypted?: string | null;
  databaseName?: string;
  databaseProvider?: 'postgres' | 'neon';
  databaseServerId?: string;
  /** Set while the database is moved (requests get 503), cleared after. */
  maintenanceSince?: Date | null;
  /** The database URL or its credentials changed: pooled clients must reopen. */
  rotateCredentials?: true;
  schemaVersion?: string | null;
  lastMigrationAt?: Date;
  lastMigrationStatus?: 'succeeded' | 'failed';
  lastMigrationError?: string | null;
  resendApiKeyEncrypted?: string | null;
  resendWebhookSecretEncrypted?: string | null;
  emailFromAddress?: string;
  emailFromName?: string;
  emailReplyTo?: string;
  twilioAccountSid?: string;
  twilioAuthTokenEncrypted?: string | null;
  twilioFromNumber?: string;
  smsOnRequest?: boolean;
  smsOnReminder?: boolean;
  smsOnConfirmation?: boolean;
  smsOnPositionFilled?: boolean;
  smsOnGroupEmail?: boolean;
  plan?: Plan;
  maxMusicians?: number;
  maxProjects?: number;
  pricePerMonth?: number;
}

function toPrisma(update: OrchestraUpdate): Prisma.OrchestraUncheckedUpdateInput {
  const { countProvisioningAttempt, rotateCredentials, ...fields } = update;
  return {
    ...fields,
    ...(countProvisioningAttempt ? { provisioningAttempts: { increment: 1 } } : {}),
    ...(rotateCredentials ? { credentialsVersion: { increment: 1 } } : {}),
  };
}

export interface NewOrchestra {
  name: string;
  subdomain: string;
  kind: EnsembleKind;
  plan: Plan;
  contactName: string;
  contactEmail: string;
  adminName: string;
  adminEmail: string;
  locale: string;
  country: string;
  databaseName: string;
  limits: { maxMusicians: number; maxProjects: number; pricePerMonth: number };
  customerProfile: { id?: string; legalBusinessName: string; contactEmail: string };
  /** A self-service sign-up starts on a trial that ends then. */
  trialEndsAt?: Date;
  /** Placement picks a database server in this region. */
  region?: string | null;
}

@Injectable()
export class OrchestrasRepository {
  constructor(private readonly db: ControlDb) {}

  /** The record and its billing owner in one transaction: no orchestra without an owner. */
  async create(input: NewOrchestra, id: string): Promise<Orchestra> {
    return this.db.client.$transaction(async (tx) => {
      const owner = input.customerProfile.id
        ? await tx.customerProfile.findUniqueOrThrow({ where: { id: input.customerProfile.id } })
        : await tx.customerProfile.create({
            data: {
              legalBusinessName: input.customerProfile.legalBusinessName,
              contactEmail: input.customerProfile.contactEmail,
            },
          });
      return tx.orchestra.create({
        data: {
          id,
          name: input.name,
          subdomain: input.subdomain,
          kind: input.kind,
          plan: input.plan,
          contactName: input.contactName,
          contactEmail: input.contactEmail,
          adminName: input.adminName,
          adminEmail: input.adminEmail,
          locale: input.locale,
          country: input.country,
          ...input.limits,
          databaseName: input.databaseName,
          region: input.region ?? null,
          customerProfileId: owner.id,
          status: 'provisioning',
          ...(input.trialEndsAt
            ? { selfService: true, billingStatus: 'trialing', trialEndsAt: input.trialEndsAt }
            : {}),
        },
      });
    });
  }

  findById(id: string): Promise<Orchestra | null> {
    return this.db.client.orchestra.findUnique({ where: { id } });
  }

  findBySubdomain(subdomain: string): Promise<Orchestra | null> {
    return this.db.client.orchestra.findUnique({ where: { subdomain } });
  }

  findByVerifiedDomain(domain: string): Promise<Orchestra | null> {
    return this.db.client.orchestra.findFirst({
      where: { customDomain: domain, customDomainVerified: true },
    });
  }

  /** Ensembles by status (all but deleted by default), plan, and a part of name or subdomain. */
  async list(
    filter: { status?: OrchestraStatus; plan?: Plan; q?: string },
    page: { skip: number; take: number },
  ): Promise<{ items: Orchestra[]; total: number }> {
    const text = filter.q?.trim();
    const where = {
      status: filter.status ?? { not: 'deleted' as const },
      ...(filter.plan ? { plan: filter.plan } : {}),
      ...(text
        ? {
            OR: [
              { name: { contains: text, mode: 'insensitive' as const } },
              { subdomain: { contains: text.toLowerCase() } },
            ],
          }
        : {}),
    };
    const [items, total] = await this.db.client.$transaction([
      this.db.client.orchestra.findMany({
        where,
        orderBy: { createdAt: 'asc' },
        skip: page.skip,
        take: page.take,
      }),
      this.db.client.orchestra.count({ where }),
    ]);
    return { items, total };
  }

  /** Tenants whose database exists and should follow schema changes. */
  listMigratable(): Promise<Orchestra[]> {
    return this.db.client.orchestra.findMany({
      where: { status: { in: ['active', 'suspended'] }, databaseUrlEncrypted: { not: null } },
      orderBy: { createdAt: 'asc' },
    });
  }

  update(id: string, data: OrchestraUpdate): Promise<Orchestra> {
    return this.db.client.orchestra.update({ where: { id }, data: toPrisma(data) });
  }

  /** Changes status only from one of `from`; returns null when the record was elsewhere. */
  async transition(
    id: string,
    from: OrchestraStatus[],
    data: Omit<OrchestraUpdate, 'countProvisioningAttempt' | 'rotateCredentials'>,
  ): Promise<Orchestra | null> {
    const { count } = await this.db.client.orchestra.updateMany({
      where: { id, status: { in: from } },
      data,
    });
    return count === 1 ? this.findById(id) : null;
  }

  /**
   * Points the tenant at another database, only if it still uses `fromDatabase` (two restores
   * at once: one switches, the other finds it moved and backs out). Null when it had moved.
   */
  async switchDatabase(
    id: string,
    fromDatabase: string | null,
    data: Omit<OrchestraUpdate, 'countProvisioningAttempt'>,
  ): Promise<Orchestra | null> {
    const { count } = await this.db.client.orchestra.updateMany({
      where: { id, databaseName: fromDatabase },
      data: toPrisma(data),
    });
    return count === 1 ? this.findById(id) : null;
  }

  /** Active tenants whose earliest open deadline has passed: what the sweep must visit. */
  async dueForSweep(now: Date): Promise<string[]> {
    const rows = await this.db.client.orchestra.findMany({
      where: { status: 'active', nextDeadlineAt: { lte: now } },
      select: { id: true },
    });
    return rows.map((o) => o.id);
  }

  /** A request with this deadline was opened: keep the earliest (one atomic statement). */
  async noteDeadline(id: string, deadline: Date): Promise<void> {
    await this.db.client.$executeRaw`
      UPDATE "Orchestra" SET "nextDeadlineAt" = LEAST(COALESCE("nextDeadlineAt", ${deadline}), ${deadline})
      WHERE id = ${id}`;
  }

  /**
   * After a sweep: the tenant's earliest open deadline now, unless a dispatch meanwhile noted an
   * earlier one (which this must not overwrite).
   */
  async resetDeadline(id: string, sweptAt: Date, next: Date | null): Promise<void> {
    await this.db.client.$executeRaw`
      UPDATE "Orchestra" SET "nextDeadlineAt" = ${next}
      WHERE id = ${id} AND ("nextDeadlineAt" IS NULL OR "nextDeadlineAt" <= ${sweptAt})`;
  }

  countByStatus(): Promise<Array<{ status: OrchestraStatus; count: number }>> {
    return this.db.client.orchestra
      .groupBy({ by: ['status'], _count: { _all: true } })
      .then((rows) => rows.map((r) => ({ status: r.status, count: r._count._all })));
  }
}
