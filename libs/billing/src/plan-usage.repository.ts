import { Injectable } from '@nestjs/common';

import { TenantDb } from '#tutti/tenancy';

/** What of its plan the current ensemble uses: active musicians and projects. */
@Injectable()
export class PlanUsageRepository {
  constructor(private readonly tenantDb: TenantDb) {}

  async usage(): Promise<{ musicians: number; projects: number }> {
    const db = await this.tenantDb.client();
    const [musicians, projects] = await db.$transaction([
      db.musician.count({ where: { isArchived: false } }),
      db.project.count({ where: { isArchived: false } }),
    ]);
    return { musicians, projects };
  }
}
