import { Injectable } from '@nestjs/common';

import { pageOf, type PageQuery, planLimitReached, positionLabel } from '#tutti/common';
import { currentTenant } from '#tutti/tenancy';

import type { CreateNeedDto, CreateProjectDto, UpdateProjectDto } from './projects.dto.js';
import {
  duplicateInList,
  listMismatch,
  musiciansNotFound,
  noList,
  notQualified,
  positionNotFound,
  projectNotFound,
  twoLists,
} from './projects.errors.js';
import { ProjectsRepository } from './projects.repository.js';

/** ISO 8601 week number of a date. */
export function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  return Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
}

@Injectable()
export class ProjectsService {
  constructor(private readonly repo: ProjectsRepository) {}

  async create(dto: CreateProjectDto) {
    const startDate = new Date(dto.startDate);
    const limit = currentTenant().limits.maxProjects;
    const p = await this.repo.createWithin(
      { ...dto, startDate, weekNumber: dto.weekNumber ?? isoWeek(startDate) },
      limit,
    );
    if (!p) {
      throw planLimitReached('projects', limit, currentTenant().plan);
    }
    return this.view(p);
  }

  async update(projectId: string, dto: UpdateProjectDto) {
    const startDate = dto.startDate ? new Date(dto.startDate) : undefined;
    const weekNumber = dto.weekNumber ?? (startDate ? isoWeek(startDate) : undefined);
    const p = await this.repo.update(projectId, { ...dto, startDate, weekNumber });
    if (!p) throw projectNotFound(projectId);
    return this.view(p);
  }

  async list(q: PageQuery) {
    const { page, size, skip } = pageOf(q);
    const { items, total } = await this.repo.list({ skip, take: size });
    return { items: items.map((p) => this.view(p)), total, page, pageSize: size };
  }

  async addNeed(projectId: string, dto: CreateNeedDto) {
    const project = await this.repo.findByProjectId(projectId);
    if (!project) throw projectNotFound(projectId);
    if (dto.rankingListId && dto.customRankingListId) {
      throw twoLists();
    }
    if (!dto.rankingListId && !dto.customRankingListId) throw noList();
    if (!(await this.repo.position(dto.positionId))) throw positionNotFound(dto.positionId);
    if (dto.rankingListId) {
      const list = await this.repo.rankingList(dto.rankingListId);
      if (!list || list.positionId !== dto.positionId) {
        throw listMismatch('rankingListId');
      }
    }
    if (dto.customRankingListId) {
      const list = await this.repo.customList(dto.customRankingListId);
      if (!list || list.positionId !== dto.positionId || list.projectId !== project.id) {
        throw listMismatch('customRankingListId');
      }
    }
    const need = await this.repo.createNeed({
      projectId: project.id,
      positionId: dto.positionId,
      quantity: dto.quantity,
      rankingListId: dto.rankingListId ?? null,
      customRankingListId: dto.customRankingListId ?? null,
      requestStrategy: dto.strategy,
      maxRecipients: dto.maxRecipients ?? null,
      responseTimeHours: dto.responseTimeHours ?? 24,
      requireLocalResidence: dto.requireLocalResidence ?? false,
    });
    return {
      id: need.projectNeedId,
      status: need.status,
      quantity: need.quantity,
      strategy: need.requestStrategy,
    };
  }

  /** A ranking list for this project only; every musician on it must be qualified for the position. */
  async createCustomList(
    projectId: string,
    positionId: number,
    name: string,
    musicianIds: string[],
  ) {
    const project = await this.repo.findByProjectId(projectId);
    if (!project) throw projectNotFound(projectId);
    if (new Set(musicianIds).size !== musicianIds.length) throw duplicateInList();
    const found = new Map(
      (await this.repo.musiciansFor(musicianIds)).map((m) => [m.musicianId, m]),
    );
    const missing = musicianIds.filter((id) => !found.has(id));
    if (missing.length) throw musiciansNotFound(missing);
    const unqualified = musicianIds.filter(
      (id) => !found.get(id)!.qualifications.some((q) => q.positionId === positionId),
    );
    if (unqualified.length) throw notQualified(unqualified);
    const list = await this.repo.createCustomList(
      project.id,
      positionId,
      name,
      musicianIds.map((id) => found.get(id)!.id),
    );
    return { id: list.id, name: list.name, positionId, musicianIds };
  }

  /** Each need with its places and counts, and the timeline of who was asked and what they said. */
  async overview(projectId: string) {
    const p = await this.repo.overview(projectId);
    if (!p) throw projectNotFound(projectId);
    return {
      ...this.view(p),
      needs: p.needs.map((n) => {
        const count = (s: string) => n.requests.filter((r) => r.status === s).length;
        return {
          id: n.projectNeedId,
          position: { id: n.positionId, name: positionLabel(n.position) },
          strategy: n.requestStrategy,
          status: n.status,
          quantity: n.quantity,
          maxRecipients: n.maxRecipients,
          responseTimeHours: n.responseTimeHours,
          requireLocalResidence: n.requireLocalResidence,
          accepted: count('accepted'),
          pending: count('pending'),
          declined: count('declined'),
          timedOut: count('timeout'),
          cancelled: count('cancelled'),
          timeline: n.requests.map((r) => ({
            requestId: r.requestId,
            musician: {
              id: r.musician.musicianId,
              name: `${r.musician.firstName} ${r.musician.lastName}`,
            },
            status: r.status,
            sentAt: r.sentAt,
            deadlineAt: r.deadlineAt,
            reminderSentAt: r.reminderSentAt,
            respondedAt: r.respondedAt,
            message: r.response,
            answeredByAdmin: r.answeredByAdmin,
            closedReason: r.closedReason,
          })),
        };
      }),
    };
  }

  async internalIdOf(projectId: string): Promise<number> {
    const p = await this.repo.findByProjectId(projectId);
    if (!p) throw projectNotFound(projectId);
    return p.id;
  }

  private view(p: {
    projectId: string;
    name: string;
    startDate: Date;
    weekNumber: number;
    rehearsalSchedule: string | null;
    concertInfo: string | null;
    notes: string | null;
  }) {
    return {
      id: p.projectId,
      name: p.name,
      startDate: p.startDate,
      weekNumber: p.weekNumber,
      rehearsalSchedule: p.rehearsalSchedule,
      concertInfo: p.concertInfo,
      notes: p.notes,
    };
  }
}
