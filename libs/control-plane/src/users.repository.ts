import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';
import type { User } from './generated/client.js';
import type { UserRole } from './generated/enums.js';

export type UserRecord = User;
export type { UserRole };

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
    passwordHash?: string | null;
    invitationTokenHash?: string | null;
    invitationExpiresAt?: Date | null;
  }): Promise<User> {
    const email = input.email.toLowerCase();
    const data = {
      name: input.name,
      role: input.role,
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
