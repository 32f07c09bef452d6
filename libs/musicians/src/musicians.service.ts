import { Injectable } from '@nestjs/common';
import { DomainError } from '#tutti/common';
import type { CreateMusicianDto, ListMusiciansQuery } from './dto/musician.dto.js';
import { MusiciansRepository } from './musicians.repository.js';

type MusicianRow = NonNullable<Awaited<ReturnType<MusiciansRepository['findByMusicianId']>>>;

export function musicianView(m: MusicianRow) {
  return {
    id: m.musicianId,
    firstName: m.firstName,
    lastName: m.lastName,
    email: m.email,
    phone: m.phone,
    preferredLanguage: m.preferredLanguage,
    localResidence: m.localResidence,
    notes: m.notes,
    isActive: m.isActive,
    isArchived: m.isArchived,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

@Injectable()
export class MusiciansService {
  constructor(private readonly musicians: MusiciansRepository) {}

  async list(q: ListMusiciansQuery) {
    const size = q.pageSize ?? 50;
    const page = q.page ?? 1;
    const { items, total } = await this.musicians.list({ q: q.q, active: q.active }, { skip: (page - 1) * size, take: size });
    return { items: items.map(musicianView), total, page, pageSize: size };
  }

  async get(id: string) {
    const m = await this.musicians.findByMusicianId(id);
    if (!m) throw new DomainError('musician/not-found', 'not_found', `No musician ${id}`);
    return musicianView(m);
  }

  async create(dto: CreateMusicianDto) {
    return musicianView(await this.musicians.create(dto));
  }
}
