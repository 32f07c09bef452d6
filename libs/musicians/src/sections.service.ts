import { Injectable } from '@nestjs/common';

import { pageOf, type PageQuery } from '#tutti/common';

import type { CreateSectionDto } from './dto/section.dto.js';
import { musicianNotFound, sectionNotFound } from './musicians.errors.js';
import { SectionsRepository } from './sections.repository.js';

type SectionRow = NonNullable<Awaited<ReturnType<SectionsRepository['find']>>>;

const view = (s: SectionRow) => ({
  id: s.id,
  name: s.name,
  sortOrder: s.sortOrder,
  members: s.members.map((m) => ({
    id: m.musician.musicianId,
    firstName: m.musician.firstName,
    lastName: m.musician.lastName,
    isLeader: m.isLeader,
  })),
});

/** Sections (woodwinds, brass, ...) and who is in them, leaders first. */
@Injectable()
export class SectionsService {
  constructor(private readonly repo: SectionsRepository) {}

  async list(q: PageQuery) {
    const { page, size, skip } = pageOf(q);
    const { items, total } = await this.repo.list({ skip, take: size });
    return { items: items.map(view), total, page, pageSize: size };
  }

  async create(dto: CreateSectionDto) {
    return view(await this.repo.create(dto));
  }

  async setMember(sectionId: number, musicianPublicId: string, isLeader: boolean) {
    const { musicianId } = await this.resolve(sectionId, musicianPublicId);
    await this.repo.setMember(sectionId, musicianId, isLeader);
    return view((await this.repo.find(sectionId))!);
  }

  async removeMember(sectionId: number, musicianPublicId: string) {
    const { musicianId } = await this.resolve(sectionId, musicianPublicId);
    await this.repo.removeMember(sectionId, musicianId);
    return view((await this.repo.find(sectionId))!);
  }

  private async resolve(sectionId: number, musicianPublicId: string) {
    if (!(await this.repo.find(sectionId))) throw sectionNotFound(sectionId);
    const musicianId = await this.repo.musicianId(musicianPublicId);
    if (!musicianId) throw musicianNotFound(musicianPublicId);
    return { musicianId };
  }
}
