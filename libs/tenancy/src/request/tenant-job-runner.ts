import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { requestContext } from '#tutti/common';

import { bindTenant } from './tenant-context.js';
import { TenantResolver } from './tenant-resolver.service.js';

/**
 * Runs a job's work inside its tenant's context, exactly as a request would run: the tenant
 * comes from the job's orchestra id, read fresh from the control plane (a job must see the
 * current state), and the tenant client is released when the work ends. Work for a tenant that
 * is not active is skipped: a suspended orchestra sends no messages. Work for one whose database
 * is being moved fails, so that the job's retry does it after the move.
 */
@Injectable()
export class TenantJobRunner {
  private readonly logger = new Logger('TenantJobRunner');

  constructor(private readonly resolver: TenantResolver) {}

  async run<T>(orchestraId: string, work: () => Promise<T>): Promise<T | undefined> {
    const tenant = await this.resolver.resolveById(orchestraId);
    // A move holds the database still: the job fails now and its retry runs after.
    if (tenant?.maintenance && tenant.status === 'active')
      throw new Error(`orchestra ${orchestraId} is in maintenance (database moving); retry later`);
    if (!tenant || tenant.status !== 'active' || !tenant.connection) {
      this.logger.warn(
        `Skipping job work for orchestra ${orchestraId}: ${tenant?.status ?? 'unknown'}`,
      );
      return undefined;
    }
    return requestContext.runScoped(
      { requestId: `job-${randomUUID()}`, scope: 'tenant' },
      async () => {
        bindTenant(tenant);
        return work();
      },
    );
  }
}
