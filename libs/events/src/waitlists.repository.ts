import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

type Tx = Parameters<Parameters<Awaited<ReturnType<TenantDb['client']>>['$transaction']>[0]>[0];

export interface Promoted {
  entryId: string;
  email: string;
  language: string;
  /** A new leave link's token: the promotion email carries it (the old link stops working). */
  leaveToken: string;
}

/** A fresh link token and the hash that is stored. */
export type TokenMaker = () => { token: string; hash: string };

const OPEN = ['pending', 'waiting', 'confirmed'] as const;

/**
 * Waitlist entries. Every change that gives or frees a place runs under the event's row lock,
 * so places are counted by one writer at a time: none given twice, none lost.
 */
@Injectable()
export class WaitlistsRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async publicEvent(slug: string) {
    return (await this.tenantDb.client()).event.findUnique({ where: { slug } });
  }

  /**
   * A new entry, or a fresh start for an address that left, expired or never confirmed (one
   * row per address per event, the unique key). Null when the address already waits or holds
   * a place: nothing changes then.
   */
  async join(
    eventId: number,
    e: { email: string; language: string; consentAt: Date; tokenHash: string; expiresAt: Date },
  ): Promise<{ entryId: string } | null> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const fresh = {
        status: 'pending' as const,
        language: e.language,
        consentAt: e.consentAt,
        confirmTokenHash: e.tokenHash,
        confirmExpiresAt: e.expiresAt,
        leaveTokenHash: null,
        emailConfirmedAt: null,
        placeGivenAt: null,
        leftAt: null,
        expiredAt: null,
      };
      const { count } = await tx.waitlistEntry.createMany({
        data: [{ eventId, email: e.email, ...fresh }],
        skipDuplicates: true,
      });
      if (count === 0) {
        const again = await tx.waitlistEntry.updateMany({
          where: { eventId, email: e.email, status: { in: ['pending', 'cancelled', 'expired'] } },
          data: fresh,
        });
        if (again.count === 0) return null;
      }
      const row = await tx.waitlistEntry.findUniqueOrThrow({
        where: { eventId_email: { eventId, email: e.email } },
        select: { entryId: true },
      });
      return row;
    });
  }

  async byConfirmToken(hash: string) {
    return (await this.tenantDb.client()).waitlistEntry.findUnique({
      where: { confirmTokenHash: hash },
      include: { event: true },
    });
  }

  async byLeaveToken(hash: string) {
    return (await this.tenantDb.client()).waitlistEntry.findUnique({
      where: { leaveTokenHash: hash },
      include: { event: true },
    });
  }

  /**
   * Confirms an address: a place while there is one, else a turn on the waitlist. Null when the
   * entry is no longer pending or its link has expired (nothing changes).
   */
  async confirm(id: number, leaveTokenHash: string, now: Date) {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const { eventId } = await tx.waitlistEntry.findUniqueOrThrow({ where: { id } });
      const capacity = await this.lockEvent(tx, eventId);
      // Read under the lock: a second click on the same link sees the first one's outcome.
      const entry = await tx.waitlistEntry.findUniqueOrThrow({ where: { id } });
      if (entry.status !== 'pending' || !entry.confirmExpiresAt || entry.confirmExpiresAt <= now) {
        return null;
      }
      const held = await tx.waitlistEntry.count({
        where: { eventId: entry.eventId, status: 'confirmed' },
      });
      const place = capacity === null || held < capacity;
      await tx.waitlistEntry.update({
        where: { id },
        data: {
          status: place ? 'confirmed' : 'waiting',
          emailConfirmedAt: now,
          placeGivenAt: place ? now : null,
          confirmTokenHash: null,
          confirmExpiresAt: null,
          leaveTokenHash,
        },
      });
      const ahead = place
        ? 0
        : await tx.waitlistEntry.count({
            where: {
              eventId: entry.eventId,
              status: 'waiting',
              OR: [
                { createdAt: { lt: entry.createdAt } },
                { createdAt: entry.createdAt, id: { lt: entry.id } },
              ],
            },
          });
      return { status: place ? ('confirmed' as const) : ('waiting' as const), position: ahead + 1 };
    });
  }

  /**
   * Takes an entry off the list and, when it held a place, gives the freed places to the next
   * people waiting, in the order they joined. Null when the entry had already left.
   */
  async leave(id: number, now: Date, tokens: TokenMaker) {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const { eventId } = await tx.waitlistEntry.findUniqueOrThrow({ where: { id } });
      const capacity = await this.lockEvent(tx, eventId);
      const { count } = await tx.waitlistEntry.updateMany({
        where: { id, status: { in: [...OPEN] } },
        data: {
          status: 'cancelled',
          leftAt: now,
          confirmTokenHash: null,
          confirmExpiresAt: null,
          leaveTokenHash: null,
        },
      });
      if (count === 0) return null;
      return { promoted: await this.fill(tx, eventId, capacity, now, tokens) };
    });
  }

  /**
   * Erases one person's entries (a request to be forgotten): each row deleted under its event's
   * lock, and a place it held given to the next person waiting.
   */
  async erase(email: string, now: Date, tokens: TokenMaker) {
    const db = await this.tenantDb.client();
    const entries = await db.waitlistEntry.findMany({
      where: { email },
      select: { id: true, eventId: true, event: { select: { title: true } } },
    });
    const out: Array<{
      title: string;
      promoted: Awaited<ReturnType<WaitlistsRepository['fill']>>;
    }> = [];
    for (const e of entries) {
      out.push(
        await db.$transaction(async (tx) => {
          const capacity = await this.lockEvent(tx, e.eventId);
          await tx.waitlistEntry.deleteMany({ where: { id: e.id } });
          return {
            title: e.event.title,
            promoted: await this.fill(tx, e.eventId, capacity, now, tokens),
          };
        }),
      );
    }
    return out;
  }

  /** Gives free places (after the capacity was raised) to the people waiting. */
  async fillPlaces(eventId: number, now: Date, tokens: TokenMaker) {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) =>
      this.fill(tx, eventId, await this.lockEvent(tx, eventId), now, tokens),
    );
  }

  /** Pending entries whose link has passed become expired; returns how many. */
  async expire(now: Date, eventId?: number) {
    const db = await this.tenantDb.client();
    const { count } = await db.waitlistEntry.updateMany({
      where: { status: 'pending', confirmExpiresAt: { lte: now }, ...(eventId ? { eventId } : {}) },
      data: { status: 'expired', expiredAt: now, confirmTokenHash: null },
    });
    return count;
  }

  /** The entries in join order, after a position (keyset) or from an offset. */
  async list(
    eventId: number,
    { after, skip, take }: { after?: { at: Date; id: number }; skip: number; take: number },
  ) {
    const db = await this.tenantDb.client();
    const keyset = after
      ? { OR: [{ createdAt: { gt: after.at } }, { createdAt: after.at, id: { gt: after.id } }] }
      : {};
    const [items, total] = await Promise.all([
      db.waitlistEntry.findMany({
        where: { eventId, ...keyset },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        skip: after ? 0 : skip,
        take,
      }),
      db.waitlistEntry.count({ where: { eventId } }),
    ]);
    return { items, total };
  }

  async entry(eventId: number, entryId: string) {
    return (await this.tenantDb.client()).waitlistEntry.findFirst({ where: { eventId, entryId } });
  }

  private async fill(
    tx: Tx,
    eventId: number,
    capacity: number | null,
    now: Date,
    tokens: TokenMaker,
  ): Promise<Promoted[]> {
    const held = await tx.waitlistEntry.count({ where: { eventId, status: 'confirmed' } });
    const free = capacity === null ? Number.MAX_SAFE_INTEGER : capacity - held;
    if (free <= 0) return [];
    const next = await tx.waitlistEntry.findMany({
      where: { eventId, status: 'waiting' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: Math.min(free, 10_000),
      select: { id: true, entryId: true, email: true, language: true },
    });
    const promoted: Promoted[] = [];
    for (const n of next) {
      const { token, hash } = tokens();
      await tx.waitlistEntry.update({
        where: { id: n.id },
        data: { status: 'confirmed', placeGivenAt: now, leaveTokenHash: hash },
      });
      promoted.push({
        entryId: n.entryId,
        email: n.email,
        language: n.language,
        leaveToken: token,
      });
    }
    return promoted;
  }

  /** Locks the event's row for the rest of the transaction; its capacity. */
  private async lockEvent(tx: Tx, eventId: number): Promise<number | null> {
    const [row] = await tx.$queryRaw<Array<{ capacity: number | null }>>`
      SELECT capacity FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    return row.capacity;
  }
}
