import { Injectable } from '@nestjs/common';

import { positionLabel } from '#tutti/common';

import type { DashboardView } from './dashboard.views.js';
import { ProjectsRepository } from './projects.repository.js';

const person = (m: { musicianId: string; firstName: string; lastName: string }) => ({
  id: m.musicianId,
  name: `${m.firstName} ${m.lastName}`,
});

/** What staff look at first: needs in progress, needs whose list ran out, the latest answers. */
@Injectable()
export class DashboardService {
  constructor(private readonly repo: ProjectsRepository) {}

  async get(): Promise<DashboardView> {
    // In turn: a cold tenant client then opens one backend, not two.
    const needs = await this.repo.runningNeeds();
    const answers = await this.repo.recentAnswers(10);
    const views = needs.map((n) => ({
      id: n.projectNeedId,
      project: { id: n.project.projectId, name: n.project.name },
      projectStartDate: n.project.startDate,
      position: positionLabel(n.position),
      strategy: n.requestStrategy,
      status: n.status,
      quantity: n.quantity,
      accepted: n.requests.filter((r) => r.status === 'accepted').length,
      acceptedBy: n.requests.filter((r) => r.status === 'accepted').map((r) => person(r.musician)),
      pending: n.requests
        .filter((r) => r.status === 'pending')
        .map((r) => ({
          requestId: r.requestId,
          musician: person(r.musician),
          deadlineAt: r.deadlineAt,
        })),
    }));
    return {
      running: views.filter((n) => n.status !== 'exhausted'),
      exhausted: views.filter((n) => n.status === 'exhausted'),
      recentAnswers: answers.map((r) => ({
        requestId: r.requestId,
        musician: person(r.musician),
        project: { id: r.need.project.projectId, name: r.need.project.name },
        needId: r.need.projectNeedId,
        position: positionLabel(r.need.position),
        status: r.status,
        respondedAt: r.respondedAt!,
        answeredByAdmin: r.answeredByAdmin,
      })),
    };
  }
}
