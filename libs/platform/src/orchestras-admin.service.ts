import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { AuthService } from '#tutti/auth';
import { BackupsService } from '#tutti/backups';
import { type AuthPrincipal, Clock, limitsOf } from '#tutti/common';
import { AuditRepository, type OrchestraRecord, OrchestrasRepository } from '#tutti/control-plane';
import {
  databaseMoving,
  subdomainProblem,
  TenancyJobs,
  TenantDatabaseServer,
  TenantResolver,
  TenantUrls,
} from '#tutti/tenancy';

import type { ChangePlanDto, CreateOrchestraDto, InviteUserDto } from './dto/orchestra.dto.js';
import {
  confirmationMismatch,
  invalidCustomer,
  invalidSubdomain,
  notActive,
  notRetryable,
  notSuspended,
  orchestraDeleted,
  orchestraNotFound,
  subdomainTaken,
} from './orchestra.errors.js';

/** What superadmins do to tenants: provision, retry, suspend, resume, delete, invite. */
@Injectable()
export class OrchestrasAdminService {
  constructor(
    private readonly orchestras: OrchestrasRepository,
    private readonly audit: AuditRepository,
    private readonly jobs: TenancyJobs,
    private readonly server: TenantDatabaseServer,
    private readonly resolver: TenantResolver,
    private readonly auth: AuthService,
    private readonly urls: TenantUrls,
    private readonly clock: Clock,
    private readonly backups: BackupsService,
  ) {}

  async get(id: string): Promise<OrchestraRecord> {
    const o = await this.orchestras.findById(id);
    if (!o) throw orchestraNotFound(id);
    return o;
  }

  /**
   * Records the orchestra (status provisioning) and queues the pipeline. A self-service
   * sign-up passes the end of its trial.
   */
  async create(
    dto: CreateOrchestraDto,
    options: { trialEndsAt?: Date } = {},
  ): Promise<OrchestraRecord> {
    const problem = subdomainProblem(dto.subdomain);
    if (problem) throw invalidSubdomain(problem);
    if (await this.orchestras.findBySubdomain(dto.subdomain)) {
      throw subdomainTaken(dto.subdomain);
    }
    if (!dto.customerProfile?.id && dto.customerProfile && !dto.customerProfile.legalBusinessName) {
      throw invalidCustomer();
    }
    const id = randomUUID();
    const orchestra = await this.orchestras.create(
      {
        name: dto.name,
        subdomain: dto.subdomain,
        kind: dto.kind,
        plan: dto.plan,
        contactName: dto.contactName,
        contactEmail: dto.contactEmail.toLowerCase(),
        adminEmail: (dto.adminEmail ?? dto.contactEmail).toLowerCase(),
        adminName: dto.adminName ?? dto.contactName,
        locale: dto.locale ?? 'sv',
        country: dto.country ?? 'SE',
        databaseName: this.server.databaseNameFor(id),
        region: dto.region ?? null,
        limits: limitsOf(dto.plan),
        trialEndsAt: options.trialEndsAt,
        customerProfile: {
          id: dto.customerProfile?.id,
          legalBusinessName: dto.customerProfile?.legalBusinessName ?? dto.name,
          contactEmail: dto.contactEmail.toLowerCase(),
        },
      },
      id,
    );
    await this.audit.record({
      action: 'orchestra.create',
      targetType: 'orchestra',
      targetId: id,
      orchestraId: id,
      after: {
        name: dto.name,
        subdomain: dto.subdomain,
        plan: dto.plan,
        ...(options.trialEndsAt ? { selfService: true, trialEndsAt: options.trialEndsAt } : {}),
      },
    });
    await this.jobs.provision(id);
    return orchestra;
  }

  async retryProvisioning(id: string): Promise<OrchestraRecord> {
    const o = await this.orchestras.transition(id, ['failed', 'provisioning'], {
      status: 'provisioning',
      provisioningError: null,
    });
    if (!o) throw notRetryable();
    await this.audit.record({
      action: 'orchestra.provision.retry',
      targetType: 'orchestra',
      targetId: id,
      orchestraId: id,
    });
    await this.jobs.provision(id);
    return o;
  }

  async suspend(id: string, reason: string): Promise<OrchestraRecord> {
    const before = await this.get(id);
    const o = await this.orchestras.transition(id, ['active'], {
      status: 'suspended',
      statusReason: reason,
      suspendedAt: this.clock.now(),
    });
    if (!o) throw notActive(before.status, 'suspended');
    this.resolver.invalidate(id);
    await this.audit.record({
      action: 'orchestra.suspend',
      targetType: 'orchestra',
      targetId: id,
      orchestraId: id,
      before: { status: before.status },
      after: { status: 'suspended', reason },
    });
    return o;
  }

  /**
   * Moves an ensemble to a plan, with the plan's limits or the superadmin's own. Nothing is
   * deleted: an ensemble above a lowered limit keeps its data and cannot add more. A later
   * change of its Stripe subscription sets the plan's standard limits again.
   */
  async changePlan(id: string, dto: ChangePlanDto): Promise<OrchestraRecord> {
    const before = await this.get(id);
    const standard = limitsOf(dto.plan);
    const after = {
      plan: dto.plan,
      maxMusicians: dto.maxMusicians ?? standard.maxMusicians,
      maxProjects: dto.maxProjects ?? standard.maxProjects,
      pricePerMonth: standard.pricePerMonth,
    };
    const o = await this.orchestras.transition(
      id,
      ['provisioning', 'active', 'failed', 'suspended'],
      after,
    );
    if (!o) throw orchestraDeleted();
    this.resolver.invalidate(id);
    await this.audit.record({
      action: 'orchestra.plan',
      targetType: 'orchestra',
      targetId: id,
      orchestraId: id,
      before: {
        plan: before.plan,
        maxMusicians: before.maxMusicians,
        maxProjects: before.maxProjects,
      },
      after: { plan: after.plan, maxMusicians: after.maxMusicians, maxProjects: after.maxProjects },
    });
    return o;
  }

  async resume(id: string): Promise<OrchestraRecord> {
    const before = await this.get(id);
    const o = await this.orchestras.transition(id, ['suspended'], {
      status: 'active',
      statusReason: null,
      suspendedAt: null,
    });
    if (!o) throw notSuspended(before.status);
    this.resolver.invalidate(id);
    await this.audit.record({
      action: 'orchestra.resume',
      targetType: 'orchestra',
      targetId: id,
      orchestraId: id,
      before: { status: before.status },
      after: { status: 'active' },
    });
    return o;
  }

  /**
   * Marks the orchestra deleted (its subdomain answers 410 from then on), then drops its
   * database. Needs the subdomain typed again: a dropped database does not come back.
   */
  async delete(id: string, confirmSubdomain: string): Promise<OrchestraRecord> {
    const before = await this.get(id);
    if (confirmSubdomain !== before.subdomain) {
      throw confirmationMismatch();
    }
    if (before.status === 'deleted') return before;
    if (before.maintenanceSince) throw databaseMoving();
    // The last backup first (kept BACKUP_FINAL_KEEP_DAYS): if it cannot be taken, nothing is
    // deleted. An ensemble whose database never came to be has nothing to keep.
    const final = before.databaseUrlEncrypted ? await this.backups.take(before, 'final') : null;
    await this.orchestras.update(id, {
      status: 'deleted',
      deletedAt: this.clock.now(),
      statusReason: 'deleted by platform staff',
    });
    this.resolver.invalidate(id);
    if (before.databaseName)
      await (await this.server.hostFor(before)).dropDatabase(before.databaseName);
    const o = await this.orchestras.update(id, {
      databaseUrlEncrypted: null,
      rotateCredentials: true,
    });
    await this.audit.record({
      action: 'orchestra.delete',
      targetType: 'orchestra',
      targetId: id,
      orchestraId: id,
      before: { status: before.status, database: before.databaseName },
      after: { status: 'deleted', finalBackup: final?.id ?? null },
    });
    return o;
  }

  async invite(
    id: string,
    dto: InviteUserDto,
  ): Promise<{ invitationUrl: string; expiresAt: Date; userId: string }> {
    const o = await this.get(id);
    if (o.status === 'deleted') throw orchestraDeleted();
    const invitee = {
      email: dto.email ?? o.adminEmail,
      name: dto.name ?? o.adminName,
      role: dto.role ?? ('admin' as const),
    };
    const { token, expiresAt, user } = await this.auth.invite(id, invitee);
    await this.audit.record({
      action: 'user.invite',
      targetType: 'user',
      targetId: user.id,
      orchestraId: id,
      after: { email: invitee.email, role: invitee.role },
    });
    return {
      invitationUrl: `${this.urls.tenant(o.subdomain)}/invitations#${token}`,
      expiresAt,
      userId: user.id,
    };
  }

  async impersonate(principal: AuthPrincipal, id: string, reason: string) {
    const o = await this.get(id);
    if (o.status !== 'active') throw notActive(o.status);
    return {
      ...(await this.auth.impersonate(principal, id, reason)),
      url: this.urls.tenant(o.subdomain),
    };
  }
}
