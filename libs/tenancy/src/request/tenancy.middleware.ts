import { randomUUID } from 'node:crypto';

import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { releaseContext, type RequestContext, requestContext, requestIdOf } from '#tutti/common';

import {
  platformRouteOnTenantHost,
  tenantRouteOnCentralHost,
  unavailableBecause,
  unknownHost,
} from './tenancy.errors.js';
import { bindTenant } from './tenant-context.js';
import { TenantResolver } from './tenant-resolver.service.js';

/** Routes served on any host (load balancer probes, API docs). */
const HOSTLESS = [/^\/health$/, /^\/ready$/, /^\/docs(\/|$|-json)/];
const TENANT_ONLY = /^\/(api|r|w|m|public|calendar|files)(\/|$)/;
const PLATFORM_ONLY = /^\/platform(\/|$)/;
/**
 * What an ensemble suspended for an unpaid bill still serves: the app's pages, sign-in and
 * billing, so that its admin can pay and lift the suspension. Everything else stays closed.
 */
const OPEN_WHEN_UNPAID = /^\/(api\/(auth|billing)|public)(\/|$)/;

/**
 * The path as the router matches it: parsed the way it parses (an absolute-URI request line,
 * `GET http://other.host/r/x`, routes on its path) and folded to lower case (Express matches
 * routes case-insensitively), so `/R/x` is refused on the central host like `/r/x` is.
 */
function routedPath(req: Request): string {
  let path: string;
  try {
    path = new URL(req.originalUrl, 'http://request.invalid').pathname;
  } catch {
    path = req.originalUrl.split('?')[0] ?? '/';
  }
  return path.toLowerCase();
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
    const requestId = requestIdOf(res) ?? randomUUID();
    const ctx: RequestContext = {
      requestId,
      scope: 'none',
      startedAt: performance.now(),
      cleanups: [],
      memo: new Map(),
    };
    res.once('close', () => releaseContext(ctx));
    requestContext.run(ctx, () => {
      this.resolve(req, res).then(() => next(), next);
    });
  }

  private async resolve(req: Request, res: Response): Promise<void> {
    const path = routedPath(req);
    if (HOSTLESS.some((re) => re.test(path))) return;
    const resolution = await this.resolver.resolveHost(req.headers.host);
    if (resolution.kind === 'unknown') {
      throw unknownHost(req.headers.host);
    }
    if (resolution.kind === 'central') {
      requestContext.require().scope = 'platform';
      if (TENANT_ONLY.test(path)) throw tenantRouteOnCentralHost();
      return;
    }
    const problem = unavailableBecause(resolution.tenant);
    const payable =
      resolution.tenant.billing.suspendedForBilling &&
      (OPEN_WHEN_UNPAID.test(path) || !TENANT_ONLY.test(path));
    if (problem && !payable) throw problem;
    bindTenant(resolution.tenant);
    (res.locals as { tenant?: string }).tenant = resolution.tenant.subdomain;
    if (PLATFORM_ONLY.test(path)) throw platformRouteOnTenantHost();
  }
}
