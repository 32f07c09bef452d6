import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';
import type { User } from './generated/client.js';
import type { UserRole } from './generated/enums.js';

export type UserRecord = User;
export type { UserRole };

/** What the access guard needs of a user, on every request (cached). */
export type UserAccessRecord = Pick<
  User,
  'id' | 'orchestraId' | 'role' | 'extraPermissions' | 'active'
>;

/** A tenant's user as the staff page lists them (no hashes). */
export const STAFF_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  extraPermissions: true,
  active: true,
  passwordHash: true,
  invitationExpiresAt: true,
  deactivatedAt: true,
  lastLoginAt: true,
  createdAt: true,
} as const;
export type StaffRecord = Pick<User, keyof typeof STAFF_FIELDS>;

export type StaffChange = { role?: UserRole; extraPermissions?: string[] };

/** Why a change to a tenant's users was refused (no row was written). */
export type StaffRefusal = 'not-found' | 'last-admin';

@Injectable()
export class UsersRepository {
  constructor(private readonly db: ControlDb) {}

  /** `orchestraId` null finds a superadmin; a tenant's users are only found with its id. */
  findByEmail(orchestraId: string | null, email: string): Promise<User | null> {
    return this.db.client.user.findFirst({ where: { orchestraId, email: email.toLowerCase() } });
  }

  findById(id: string): Promise<User | null> {
    return this.db.client.user.findUnique({ where: { id } });
  }

  findAccess(id: string): Promise<UserAccessRecord | null> {
    return this.db.client.user.findUnique({
      where: { id },
      select: { id: true, orchestraId: true, role: true, extraPermissions: true, active: true },
    });
  }

  /** Names of users, for lists that show who acted (ids not found are left out). */
  names(ids: string[]) {
    return this.db.client.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, email: true },
    });
  }

  listTenantUsers(orchestraId: string) {
    return this.db.client.user.findMany({
      where: { orchestraId },
      orderBy: [{ active: 'desc' }, { name: 'asc' }, { id: 'asc' }],
      select: STAFF_FIELDS,
    });
  }

  /**
   * Changes a tenant user's role or grants, or deactivates them, under a lock on the
   * ensemble's admins (those who can sign in: an unaccepted invitation rescues nobody): two
   * admins demoting each other at the same moment cannot leave the ensemble without one. Deactivation also ends the user's sessions, voids an open
   * invitation and revokes the API keys they created, in the same transaction.
   */
  async changeTenantUser(
    orchestraId: string,
    id: string,
    change: StaffChange | { deactivateAt: Date } | { reactivate: true },
  ): Promise<StaffRefusal | UserRecord> {
    return this.db.client.$transaction(async (tx) => {
      const admins = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "User"
        WHERE "orchestraId" = ${orchestraId}::uuid AND role = 'admin' AND active
          AND "passwordHash" IS NOT NULL
        ORDER BY id FOR UPDATE`;
      const user = await tx.user.findFirst({ where: { id, orchestraId } });
      if (!user) return 'not-found';
      const staysAdmin =
        'role' in change && change.role !== undefined ? change.role === 'admin' : true;
      const leavesAdmins =
        admins.some((a) => a.id === id) && ('deactivateAt' in change || !staysAdmin);
      if (leavesAdmins && admins.length <= 1) return 'last-admin';
      if ('deactivateAt' in change) {
        const at = change.deactivateAt;
        await tx.refreshToken.updateMany({
          where: { userId: id, revokedAt: null },
          data: { revokedAt: at },
        });
        await tx.apiKey.updateMany({
          where: { createdByUserId: id, revokedAt: null },
          data: { revokedAt: at },
        });
        return tx.user.update({
          where: { id },
          data: {
            active: false,
            deactivatedAt: at,
            invitationTokenHash: null,
            invitationExpiresAt: null,
          },
        });
      }
      if ('reactivate' in change)
        return tx.user.update({ where: { id }, data: { active: true, deactivatedAt: null } });
      return tx.user.update({ where: { id }, data: change });
    });
  }

  findByInvitation(orchestraId: string, tokenHash: string): Promise<User | null> {
    return this.db.client.user.findFirst({
      where: { orchestraId, invitationTokenHash: tokenHash },
    });
  }

  createSuperadmin(email: string, name: string, passwordHash: string): Promise<User> {
    return this.db.client.user.create({
      data: {
        email: email.toLowerCase(),
        name,
        passwordHash,
        role: 'superadmin',
        orchestraId: null,
      },
    });
  }

  /** Idempotent: the same (orchestra, email) is created once, its invitation refreshed. */
  upsertTenantUser(input: {
    orchestraId: string;
    email: string;
    name: string;
    role: UserRole;
    extraPermissions?: string[];
    invitedByUserId?: string | null;
    passwordHash?: string | null;
    invitationTokenHash?: string | null;
    invitationExpiresAt?: Date | null;
  }): Promise<User> {
    const email = input.email.toLowerCase();
    const data = {
      name: input.name,
      role: input.role,
      ...(input.extraPermissions ? { extraPermissions: input.extraPermissions } : {}),
      ...(input.invitedByUserId ? { invitedByUserId: input.invitedByUserId } : {}),
      invitationTokenHash: input.invitationTokenHash ?? null,
      invitationExpiresAt: input.invitationExpiresAt ?? null,
      ...(input.passwordHash ? { passwordHash: input.passwordHash } : {}),
    };
    return this.db.client.user.upsert({
      where: { orchestraId_email: { orchestraId: input.orchestraId, email } },
      create: { orchestraId: input.orchestraId, email, ...data },
      update: data,
    });
  }

  /**
   * Sets the password of the active user whose one-time token (an invitation or a password
   * reset) this is, if it has not expired, spending the token and ending the user's sessions,
   * in one transaction: of two uses of one token at the same moment, one wins.
   */
  async setPasswordWithToken(
    orchestraId: string,
    tokenHash: string,
    passwordHash: string,
    now: Date,
  ): Promise<User | null> {
    return this.db.client.$transaction(async (tx) => {
      const spent = await tx.user.updateManyAndReturn({
        where: {
          orchestraId,
          invitationTokenHash: tokenHash,
          invitationExpiresAt: { gt: now },
          active: true,
        },
        data: { passwordHash, invitationTokenHash: null, invitationExpiresAt: null },
      });
      const user = spent[0];
      if (!user) return null;
      await tx.refreshToken.updateMany({
        where: { userId: user.id, revokedAt: null },
        data: { revokedAt: now },
      });
      return user;
    });
  }

  /** A one-time token to choose a new password with (replaces any earlier one). */
  setPasswordToken(id: string, tokenHash: string, expiresAt: Date): Promise<unknown> {
    return this.db.client.user.update({
      where: { id },
      data: { invitationTokenHash: tokenHash, invitationExpiresAt: expiresAt },
    });
  }

  touchLogin(id: string, at: Date): Promise<unknown> {
    return this.db.client.user.update({ where: { id }, data: { lastLoginAt: at } });
  }
}
