import { Injectable } from '@nestjs/common';

import { pageOf, requestContext } from '#tutti/common';

import type { ListCommunicationsQuery } from './dto/messaging.dto.js';
import { MessagingRepository } from './messaging.repository.js';

/** The communication log as staff read it: newest first, one page at a time. */
@Injectable()
export class CommunicationsService {
  constructor(private readonly repo: MessagingRepository) {}

  async list(q: ListCommunicationsQuery) {
    const { page, pageSize, ...filter } = q;
    const p = pageOf({ page, pageSize });
    // A simulated reset or invitation email holds its link: only those who manage the
    // ensemble's accounts may read those entries.
    const mayReadLinks = requestContext.require().principal?.permissions?.includes('staff.manage');
    const hiddenTypes = mayReadLinks ? [] : ['password_reset', 'staff_invitation'];
    if (filter.type && hiddenTypes.includes(filter.type)) {
      return { items: [], total: 0, page: p.page, pageSize: p.size };
    }
    const { items, total } = await this.repo.list(
      { ...filter, hiddenTypes },
      { skip: p.skip, take: p.size },
    );
    return { items, total, page: p.page, pageSize: p.size };
  }
}
