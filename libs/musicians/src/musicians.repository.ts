import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

import type { MembershipStatus } from './dto/musician.dto.js';

export interface MusicianInput {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  preferredLanguage?: string;
  localResidence?: boolean;
  notes?: string | null;
  membershipStatus?: MembershipStatus;
  joinedOn?: Date | null;
  leftOn?: Date | null;
  emergencyName?: string | null;
  emergencyPhone?: string | null;
  emergencyEmail?: string | null;
  photoUrl?: string | null;
}

/** Musicians of the tenant in the current context; there is no other tenant to reach. */
export interface MusicianFilter {
  q?: string;
  active?: boolean;
  local?: boolean;
  archived?: boolean;
  instrumentId?: number;
  positionId?: number;
  membershipStatus?: MembershipStatus;
  sectionId?: number;
}

@Injectable()
export class MusiciansRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async list(filter: MusicianFilter, page: { skip: number; take: number }) {
    const db = await this.tenantDb.client();
    // `contains` becomes ILIKE: the user's %, _ and \ are text, not patterns.
    const q = filter.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
    const where = {
      isArchived: filter.archived ?? false,
      ...(filter.active === undefined ? {} : { isActive: filter.active }),
      ...(filter.local === undefined ? {} : { localResidence: filter.local }),
      ...(filter.membershipStatus ? { membershipStatus: filter.membershipStatus } : {}),
      ...(filter.sectionId ? { sections: { some: { sectionId: filter.sectionId } } } : {}),
      ...(filter.positionId
        ? { qualifications: { some: { positionId: filter.positionId } } }
        : filter.instrumentId
          ? { qualifications: { some: { position: { instrumentId: filter.instrumentId } } } }
          : {}),
      ...(q
        ? {
            OR: [
              { firstName: { contains: q, mode: 'insensitive' as const } },
              { lastName: { contains: q, mode: 'insensitive' as const } },
              { email: { contains: q, mode: 'insensitive' as const } },
            ],
          }
        : {}),
    };
    // One after the other, not in parallel: on a client that has just been opened, two queries
    // at once would open two PostgreSQL backends (~15 ms of server CPU each) for one read.
    const items = await db.musician.findMany({
      where,
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
    const total = await db.musician.count({ where });
    return { items, total };
  }

  /** Every musician's email (lower case), archived ones included. */
  async emails(): Promise<Set<string>> {
    const db = await this.tenantDb.client();
    return new Set((await db.musician.findMany({ select: { email: true } })).map((m) => m.email));
  }

  async findByMusicianId(musicianId: string) {
    const db = await this.tenantDb.client();
    return db.musician.findUnique({ where: { musicianId } });
  }

  async update(id: number, data: Partial<MusicianInput> & { isActive?: boolean }) {
    const db = await this.tenantDb.client();
    return db.musician.update({
      where: { id },
      data: { ...data, ...(data.email ? { email: data.email.toLowerCase() } : {}) },
    });
  }

  async createInstrument(name: string) {
    const db = await this.tenantDb.client();
    const last = await db.instrument.aggregate({ _max: { displayOrder: true } });
    return db.instrument.create({
      data: { name, displayOrder: (last._max.displayOrder ?? 0) + 1 },
    });
  }

  async createPosition(instrumentId: number, name: string, hierarchyLevel: number) {
    const db = await this.tenantDb.client();
    return db.position.create({ data: { instrumentId, name, hierarchyLevel } });
  }

  async instruments(page?: { skip: number; take: number }) {
    const db = await this.tenantDb.client();
    return db.instrument.findMany({
      where: { isArchived: false },
      orderBy: [{ displayOrder: 'asc' }, { id: 'asc' }],
      include: { positions: { orderBy: [{ hierarchyLevel: 'asc' }, { id: 'asc' }] } },
      ...page,
    });
  }

  async instrumentCount() {
    return (await this.tenantDb.client()).instrument.count({ where: { isArchived: false } });
  }

  /** Replaces a musician's qualifications in one transaction. */
  async setQualifications(id: number, positionIds: number[]) {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const found = await tx.position.count({ where: { id: { in: positionIds } } });
      if (found !== new Set(positionIds).size) return false;
      await tx.musicianQualification.deleteMany({ where: { musicianId: id } });
      await tx.musicianQualification.createMany({
        data: [...new Set(positionIds)].map((positionId) => ({ musicianId: id, positionId })),
      });
      return true;
    });
  }

  async setArchived(id: number, archived: boolean, at: Date) {
    const db = await this.tenantDb.client();
    return db.musician.update({
      where: { id },
      data: archived ? { isArchived: true, archivedAt: at } : { isArchived: false, restoredAt: at },
    });
  }

  async requestStats(id: number) {
    const db = await this.tenantDb.client();
    return db.request.findMany({
      where: { musicianId: id },
      select: { status: true, sentAt: true, respondedAt: true },
    });
  }

  async qualifications(id: number) {
    const db = await this.tenantDb.client();
    return (
      await db.musicianQualification.findMany({
        where: { musicianId: id },
        select: { positionId: true },
      })
    ).map((q) => q.positionId);
  }

  /** Creates the musicians unless that would pass the plan's limit; null when it would. */
  async createWithin(inputs: MusicianInput[], maxMusicians: number) {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      // One writer at a time, so two concurrent additions cannot both slip under the limit.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(7268002)`;
      const current = await tx.musician.count({ where: { isArchived: false } });
      if (current + inputs.length > maxMusicians) return null;
      return tx.musician.createManyAndReturn({
        data: inputs.map((i) => ({ ...i, email: i.email.toLowerCase() })),
      });
    });
  }

  async playedInstruments(musicianId: number) {
    const db = await this.tenantDb.client();
    const rows = await db.musicianInstrument.findMany({
      where: { musicianId },
      include: { instrument: true },
      orderBy: [
        { isPrimary: 'desc' },
        { instrument: { displayOrder: 'asc' } },
        { instrumentId: 'asc' },
      ],
    });
    return rows.map((r) => ({
      instrumentId: r.instrumentId,
      name: r.instrument.name,
      isPrimary: r.isPrimary,
    }));
  }

  /** Replaces the set in one transaction; false (nothing changed) when an instrument is unknown. */
  async setPlayedInstruments(
    musicianId: number,
    choices: Array<{ instrumentId: number; isPrimary: boolean }>,
  ): Promise<boolean> {
    const db = await this.tenantDb.client();
    return db.$transaction(async (tx) => {
      const ids = choices.map((c) => c.instrumentId);
      if ((await tx.instrument.count({ where: { id: { in: ids } } })) !== ids.length) return false;
      await tx.musicianInstrument.deleteMany({ where: { musicianId } });
      await tx.musicianInstrument.createMany({
        data: choices.map((c) => ({ musicianId, ...c })),
      });
      return true;
    });
  }
}
