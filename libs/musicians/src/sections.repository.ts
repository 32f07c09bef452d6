import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

const withMembers = {
  members: {
    include: { musician: { select: { musicianId: true, firstName: true, lastName: true } } },
    orderBy: [
      { isLeader: 'desc' as const },
      { musician: { lastName: 'asc' as const } },
      { musicianId: 'asc' as const },
    ],
  },
};

@Injectable()
export class SectionsRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async list(page: { skip: number; take: number }) {
    const db = await this.tenantDb.client();
    const items = await db.section.findMany({
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      include: withMembers,
      ...page,
    });
    return { items, total: await db.section.count() };
  }

  async create(data: { name: string; sortOrder?: number }) {
    return (await this.tenantDb.client()).section.create({ data, include: withMembers });
  }

  async find(id: number) {
    return (await this.tenantDb.client()).section.findUnique({
      where: { id },
      include: withMembers,
    });
  }

  async musicianId(publicId: string) {
    const db = await this.tenantDb.client();
    return (await db.musician.findUnique({ where: { musicianId: publicId }, select: { id: true } }))
      ?.id;
  }

  async setMember(sectionId: number, musicianId: number, isLeader: boolean) {
    await (
      await this.tenantDb.client()
    ).memberSection.upsert({
      where: { musicianId_sectionId: { musicianId, sectionId } },
      create: { musicianId, sectionId, isLeader },
      update: { isLeader },
    });
  }

  async removeMember(sectionId: number, musicianId: number) {
    await (
      await this.tenantDb.client()
    ).memberSection.deleteMany({ where: { musicianId, sectionId } });
  }
}
