import { Injectable } from '@nestjs/common';

import {
  Clock,
  DomainError,
  PERMISSIONS,
  permissionsOf,
  requestContext,
  TENANT_ROLE_NAMES,
  TENANT_ROLES,
} from '#tutti/common';
import {
  AuditRepository,
  type StaffChange,
  type StaffRecord,
  type StaffRefusal,
  UsersRepository,
} from '#tutti/control-plane';
import { currentTenant } from '#tutti/tenancy';

import { AccountEmails } from './account-emails.js';
import { AuthService } from './auth.service.js';
import type { ChangeStaffDto, InviteStaffDto, StaffMemberView } from './dto/staff.dto.js';
import { UserAccess } from './user-access.js';

const refused = (why: StaffRefusal, id: string) =>
  why === 'not-found'
    ? new DomainError('staff/not-found', 'not_found', `No user ${id} in this ensemble`)
    : new DomainError(
        'staff/last-admin',
        'conflict',
        'The ensemble must keep at least one active admin',
      );

const alreadyMember = (email: string) =>
  new DomainError('staff/already-member', 'conflict', `${email} already has an account here`, {
    field: 'email',
  });

const deactivatedMember = (email: string) =>
  new DomainError(
    'staff/deactivated',
    'conflict',
    `${email} was deactivated; reactivate them instead of inviting again`,
    { field: 'email' },
  );

const notYourself = () =>
  new DomainError('staff/self', 'conflict', 'You cannot deactivate yourself; ask another admin');

function staffView(u: StaffRecord): StaffMemberView {
  const role = u.role === 'superadmin' ? 'read_only' : u.role;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role,
    extraPermissions: permissionsOf('', u.extraPermissions),
    permissions: permissionsOf(role, u.extraPermissions),
    status: !u.active ? 'deactivated' : u.passwordHash ? 'active' : 'invited',
    invitationExpiresAt: u.passwordHash ? null : u.invitationExpiresAt,
    lastLoginAt: u.lastLoginAt,
    deactivatedAt: u.deactivatedAt,
    createdAt: u.createdAt,
  };
}

/**
 * The ensemble's own accounts, managed by its admins: invitations by email (a hashed,
 * single-use token that expires in seven days, sent through the ensemble's messaging), roles
 * and extra grants, deactivation (which ends sessions and revokes the person's API keys at
 * once) and reactivation. The ensemble always keeps one active admin.
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly emails: AccountEmails,
    private readonly access: UserAccess,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  catalogue() {
    return {
      roles: TENANT_ROLE_NAMES.map((name) => ({
        name,
        label: TENANT_ROLES[name].label,
        permissions: [...TENANT_ROLES[name].permissions],
      })),
      permissions: Object.entries(PERMISSIONS).map(([name, description]) => ({
        name: name as keyof typeof PERMISSIONS,
        description,
      })),
    };
  }

  async list(): Promise<StaffMemberView[]> {
    const rows = await this.users.listTenantUsers(currentTenant().id);
    return rows.map(staffView);
  }

  async invite(dto: InviteStaffDto): Promise<StaffMemberView> {
    const orchestraId = currentTenant().id;
    const existing = await this.users.findByEmail(orchestraId, dto.email);
    if (existing && !existing.active) throw deactivatedMember(dto.email);
    if (existing?.passwordHash) throw alreadyMember(dto.email);
    const principal = requestContext.require().principal;
    const inviter = principal?.apiKeyId || principal?.impersonatedBy ? null : principal?.userId;
    const { token, user } = await this.auth.invite(orchestraId, {
      email: dto.email,
      name: dto.name,
      role: dto.role,
      extraPermissions: dto.extraPermissions ?? [],
      invitedByUserId: inviter ?? null,
    });
    const invitedBy = inviter ? (await this.users.findById(inviter))?.name : undefined;
    await this.emails.send({
      kind: 'staff_invitation',
      to: { email: user.email, name: user.name },
      token,
      invitedBy,
    });
    await this.audit.record({
      action: 'user.invite',
      targetType: 'user',
      targetId: user.id,
      orchestraId,
      after: { email: user.email, role: user.role, extraPermissions: user.extraPermissions },
    });
    return staffView(user);
  }

  async change(id: string, dto: ChangeStaffDto): Promise<StaffMemberView> {
    const change: StaffChange = {};
    if (dto.role) change.role = dto.role;
    if (dto.extraPermissions) change.extraPermissions = [...new Set(dto.extraPermissions)];
    return this.apply(id, change, 'user.change', change);
  }

  deactivate(id: string): Promise<StaffMemberView> {
    if (requestContext.require().principal?.userId === id) throw notYourself();
    return this.apply(id, { deactivateAt: this.clock.now() }, 'user.deactivate');
  }

  reactivate(id: string): Promise<StaffMemberView> {
    return this.apply(id, { reactivate: true }, 'user.reactivate');
  }

  private async apply(
    id: string,
    change: Parameters<UsersRepository['changeTenantUser']>[2],
    action: string,
    after?: unknown,
  ): Promise<StaffMemberView> {
    const orchestraId = currentTenant().id;
    const outcome = await this.users.changeTenantUser(orchestraId, id, change);
    if (typeof outcome === 'string') throw refused(outcome, id);
    // This process at once; the others on the control plane's NOTIFY.
    this.access.forget(id);
    await this.audit.record({ action, targetType: 'user', targetId: id, orchestraId, after });
    return staffView(outcome);
  }
}
