import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

@Injectable()
export class ProjectsRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  /** Creates the project unless the plan's limit of open projects is reached; null then. */
  async createWithin(
    data: {
      name: string;
      startDate: Date;
      weekNumber: number;
      rehearsalSchedule?: string;
      concertInfo?: string;
      notes?: string;
    },
    maxProjects: number,
  ) {
    return (await this.tenantDb.client()).$transaction(async (tx) => {
      // One writer at a time, so two concurrent creations cannot both slip under the limit.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(7268003)`;
      if ((await tx.project.count({ where: { isArchived: false } })) >= maxProjects) return null;
      return tx.project.create({ data });
    });
  }

  async list(page: { skip: number; take: number }) {
    const db = await this.tenantDb.client();
    const where = { isArchived: false };
    const [items, total] = await db.$transaction([
      db.project.findMany({ where, orderBy: [{ startDate: 'asc' }, { id: 'asc' }], ...page }),
      db.project.count({ where }),
    ]);
    return { items, total };
  }

  /** Null when there is no such project. */
  async update(
    projectId: string,
    data: Partial<{
      name: string;
      startDate: Date;
      weekNumber: number;
      rehearsalSchedule: string;
      concertInfo: string;
      notes: string;
    }>,
  ) {
    const db = await this.tenantDb.client();
    const { count } = await db.project.updateMany({ where: { projectId }, data });
    return count ? db.project.findUnique({ where: { projectId } }) : null;
  }

  async findByProjectId(projectId: string) {
    return (await this.tenantDb.client()).project.findUnique({ where: { projectId } });
  }

  async rankingList(id: number) {
    return (await this.tenantDb.client()).rankingList.findUnique({ where: { id } });
  }

  async position(id: number) {
    return (await this.tenantDb.client()).position.findUnique({ where: { id } });
  }

  async customList(id: number) {
    return (await this.tenantDb.client()).customRankingList.findUnique({ where: { id } });
  }

  async musiciansFor(musicianIds: string[]) {
    return (await this.tenantDb.client()).musician.findMany({
      where: { musicianId: { in: musicianIds } },
      include: { qualifications: { select: { positionId: true } } },
    });
  }

  async createCustomList(
    projectId: number,
    positionId: number,
    name: string,
    orderedIds: number[],
  ) {
    return (await this.tenantDb.client()).customRankingList.create({
      data: {
        projectId,
        positionId,
        name,
        rankings: { create: orderedIds.map((musicianId, i) => ({ musicianId, rank: i + 1 })) },
      },
    });
  }

  async createNeed(data: {
    projectId: number;
    positionId: number;
    quantity: number;
    rankingListId: number | null;
    customRankingListId: number | null;
    requestStrategy: 'sequential' | 'parallel' | 'first_come';
    maxRecipients: number | null;
    responseTimeHours: number;
    requireLocalResidence: boolean;
  }) {
    return (await this.tenantDb.client()).projectNeed.create({ data });
  }

  /** A project with every need, its requests and who they went to: the overview's raw data. */
  async overview(projectId: string) {
    return (await this.tenantDb.client()).project.findUnique({
      where: { projectId },
      include: {
        needs: {
          orderBy: { id: 'asc' },
          include: {
            position: { include: { instrument: true } },
            requests: {
              orderBy: [{ sentAt: 'asc' }, { id: 'asc' }],
              include: {
                musician: { select: { musicianId: true, firstName: true, lastName: true } },
              },
            },
          },
        },
      },
    });
  }

  /** Needs still being worked on, with their open and accepted requests, soonest project first. */
  async runningNeeds() {
    return (await this.tenantDb.client()).projectNeed.findMany({
      where: { status: { in: ['active', 'paused', 'exhausted'] } },
      orderBy: [{ project: { startDate: 'asc' } }, { id: 'asc' }],
      take: 50,
      include: {
        project: { select: { projectId: true, name: true, startDate: true } },
        position: { include: { instrument: true } },
        requests: {
          where: { status: { in: ['pending', 'accepted'] } },
          orderBy: [{ sentAt: 'asc' }, { id: 'asc' }],
          include: { musician: { select: { musicianId: true, firstName: true, lastName: true } } },
        },
      },
    });
  }

  /** The latest answers, newest first. */
  async recentAnswers(take: number) {
    return (await this.tenantDb.client()).request.findMany({
      where: { respondedAt: { not: null } },
      orderBy: [{ respondedAt: 'desc' }, { id: 'desc' }],
      take,
      include: {
        musician: { select: { musicianId: true, firstName: true, lastName: true } },
        need: {
          select: {
            projectNeedId: true,
            position: { include: { instrument: true } },
            project: { select: { projectId: true, name: true } },
          },
        },
      },
    });
  }
}
