import { Injectable } from '@nestjs/common';
import { TenantDb } from '#tutti/tenancy';

export interface MusicianInput {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  preferredLanguage?: string;
  localResidence?: boolean;
  notes?: string | null;
}

/** Musicians of the tenant in the current context; there is no other tenant to reach. */
@Injectable()
export class MusiciansRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async list(filter: { q?: string; active?: boolean }, page: { skip: number; take: number }) {
    const db = await this.tenantDb.client();
    const where = {
      isArchived: false,
      ...(filter.active === undefined ? {} : { isActive: filter.active }),
      ...(filter.q
        ? {
            OR: [
              { firstName: { contains: filter.q, mode: 'insensitive' as const } },
              { lastName: { contains: filter.q, mode: 'insensitive' as const } },
              { email: { contains: filter.q, mode: 'insensitive' as const } },
            ],
          }
        : {}),
    };
    const [items, total] = await Promise.all([
      db.musician.findMany({ where, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }], skip: page.skip, take: page.take }),
      db.musician.count({ where }),
    ]);
    return { items, total };
  }

  async findByMusicianId(musicianId: string) {
    const db = await this.tenantDb.client();
    return db.musician.findUnique({ where: { musicianId } });
  }

  async create(input: MusicianInput) {
    const db = await this.tenantDb.client();
    return db.musician.create({ data: { ...input, email: input.email.toLowerCase() } });
  }
}
