import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** argon2id (OWASP's minimum profile). */
@Injectable()
export class PasswordHasher {
  private dummy?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    // No account, or no password yet: spend the same time, so the answer does not tell.
    this.dummy ??= argon2.hash('tutti-dummy-password', OPTIONS);
    const target = hash ?? (await this.dummy);
    try {
      const ok = await argon2.verify(target, password);
      return ok && hash !== null && hash !== undefined;
    } catch {
      return false;
    }
  }
}
