import { Injectable } from '@nestjs/common';

import { requestContext } from '#tutti/common';
import {
  DatabaseServersRepository,
  OrchestrasRepository,
  type TenantMoveRecord,
  TenantMovesRepository,
} from '#tutti/control-plane';
import { TenantDatabaseServer } from '#tutti/tenancy';

import type { NewMoveDto } from './database-servers.dto.js';
import {
  ensembleNotFound,
  moveNotFound,
  moveNotResumable,
  moveRefused,
  moveRunning,
  serverNotFound,
} from './database-servers.errors.js';
import { TenantMoveJobs } from './tenant-move.jobs.js';

const view = (m: TenantMoveRecord) => ({
  id: m.id,
  orchestraId: m.orchestraId,
  fromServerId: m.fromServerId,
  toServerId: m.toServerId,
  step: m.step,
  status: m.status,
  attempts: m.attempts,
  error: m.error,
  tables: m.tables,
  rows: m.rows,
  startedAt: m.startedAt,
  finishedAt: m.finishedAt,
});

/** Asking for a tenant's database to move, resuming a failed move, and their history. */
@Injectable()
export class TenantMovesService {
  constructor(
    private readonly moves: TenantMovesRepository,
    private readonly orchestras: OrchestrasRepository,
    private readonly servers: DatabaseServersRepository,
    private readonly tenantServers: TenantDatabaseServer,
    private readonly jobs: TenantMoveJobs,
  ) {}

  async list(orchestraId: string) {
    if (!(await this.orchestras.findById(orchestraId))) throw ensembleNotFound(orchestraId);
    return (await this.moves.listFor(orchestraId)).map(view);
  }

  async start(orchestraId: string, dto: NewMoveDto) {
    const o = await this.orchestras.findById(orchestraId);
    if (!o) throw ensembleNotFound(orchestraId);
    if (!['active', 'suspended'].includes(o.status) || !o.databaseName || !o.databaseUrlEncrypted)
      throw moveRefused(`Only an ensemble with its database in place can move (it is ${o.status})`);
    const from = await this.tenantServers.serverOf(o);
    const to = await this.servers.findById(dto.toServerId);
    if (!to) throw serverNotFound(dto.toServerId);
    if (to.id === from.id) throw moveRefused(`The database is on ${to.name} already`);
    if (to.state !== 'open')
      throw moveRefused(`${to.name} is ${to.state}: only an open server takes ensembles`);
    if ((await this.servers.tenantCount(to.id)) >= to.capacity)
      throw moveRefused(`${to.name} is full (${to.capacity} ensembles)`);
    // The database's new name: the tenant's, with a suffix that tells it from the old one.
    const base = this.tenantServers.databaseNameFor(o.id);
    const toDatabase = o.databaseName === `${base}_m` ? base : `${base}_m`;
    const move = await this.moves.start({
      orchestraId: o.id,
      fromServerId: from.id,
      toServerId: to.id,
      fromDatabase: o.databaseName,
      toDatabase,
      requestedBy: requestContext.get()?.principal?.userId ?? null,
    });
    if (!move) throw moveRunning();
    await this.jobs.run(move.id);
    return view(move);
  }

  async resume(moveId: string) {
    const move = await this.moves.findById(moveId);
    if (!move) throw moveNotFound(moveId);
    if (move.status !== 'failed') throw moveNotResumable(move.status);
    const reopened = await this.moves.reopen(moveId);
    if (!reopened) throw moveRunning();
    await this.jobs.run(reopened.id);
    return view(reopened);
  }
}
