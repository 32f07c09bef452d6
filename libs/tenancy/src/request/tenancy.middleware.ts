import { randomUUID } from 'node:crypto';

import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { DomainError, releaseContext, type RequestContext, requestContext } from '#tutti/common';

import type { ResolvedTenant } from './resolved-tenant.js';
import { bindTenant } from './tenant-db.js';
import { TenantResolver } from './tenant-resolver.service.js';

/** Routes served on any host (load balancer probes, API docs). */
const HOSTLESS = [/^\/health$/, /^\/ready$/, /^\/docs(\/|$|-json)/];
const TENANT_ONLY = /^\/(api|r)(\/|$)/;
const PLATFORM_ONLY = /^\/platform(\/|$)/;
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

function refuse(tenant: ResolvedTenant): DomainError | null {
  switch (tenant.status) {
    case 'active':
      return null;
    case 'provisioning':
      return new DomainError(
        'tenant/provisioning',
        'unavailable',
        `${tenant.name} is being set up; try again shortly`,
        undefined,
        { 'Retry-After': '30' },
      );
    case 'failed':
      return new DomainError(
        'tenant/unavailable',
        'unavailable',
        `${tenant.name} is not available yet; the platform team has been told`,
        undefined,
        { 'Retry-After': '300' },
      );
    case 'suspended':
      return new DomainError(
        'tenant/suspended',
        'forbidden',
        `${tenant.name} is suspended${tenant.statusReason ? `: ${tenant.statusReason}` : ''}`,
        { reason: tenant.statusReason },
      );
    case 'deleted':
      return new DomainError(
        'tenant/deleted',
        'gone',
        `${tenant.name} no longer exists on this platform`,
      );
  }
}

/**
 * First stop of every request: gives it a request id and a context, then decides from the Host
 * header alone which tenant (or the central domain) it is for. Tenant routes answer only on a
 * tenant's host and platform routes only on the central one.
 */
@Injectable()
export class TenancyMiddleware implements NestMiddleware {
  constructor(private readonly resolver: TenantResolver) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const incoming = req.headers['x-request-id'];
    const requestId =
      typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const ctx: RequestContext = { requestId, scope: 'none', cleanups: [], memo: new Map() };
    res.once('close', () => releaseContext(ctx));
    requestContext.run(ctx, () => {
      this.resolve(req).then(() => next(), next);
    });
  }

  private async resolve(req: Request): Promise<void> {
    const path = req.originalUrl.split('?')[0];
    if (HOSTLESS.some((re) => re.test(path))) return;
    const resolution = await this.resolver.resolveHost(req.headers.host);
    if (resolution.kind === 'unknown') {
      throw new DomainError(
        'tenant/unknown',
        'not_found',
        `No ensemble is served at ${String(req.headers.host ?? '(no host)')}`,
      );
    }
    if (resolution.kind === 'central') {
      requestContext.require().scope = 'platform';
      if (TENANT_ONLY.test(path))
        throw new DomainError(
          'route/not-found',
          'not_found',
          "This route exists only on an ensemble's own address",
        );
      return;
    }
    const problem = refuse(resolution.tenant);
    if (problem) throw problem;
    bindTenant(resolution.tenant);
    if (PLATFORM_ONLY.test(path))
      throw new DomainError(
        'route/not-found',
        'not_found',
        'Platform routes exist only on the central domain',
      );
  }
}
