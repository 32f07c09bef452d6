import { Injectable } from '@nestjs/common';

import { DomainError } from '#tutti/common';
import { AuditRepository, DatabaseServersRepository } from '#tutti/control-plane';

import { serverNotDraining, serverNotFound } from './database-servers.errors.js';
import { TenantMovesService } from './tenant-moves.service.js';

/**
 * Empties a draining server: a move for each ensemble on it, each to the open server with the
 * fewest ensembles (moves under way counted) and room, in the ensemble's region if it asked for
 * one. The moves queue as jobs and run one at a time per worker. Ensembles that cannot go
 * anywhere are listed with the reason, and stay.
 */
@Injectable()
export class MoveOffServer {
  constructor(
    private readonly servers: DatabaseServersRepository,
    private readonly moves: TenantMovesService,
    private readonly audit: AuditRepository,
  ) {}

  async execute(serverId: string) {
    const server = await this.servers.findById(serverId);
    if (!server) throw serverNotFound(serverId);
    if (server.state !== 'draining') throw serverNotDraining(server.state);
    const started: string[] = [];
    const skipped: Array<{ orchestraId: string; subdomain: string; reason: string }> = [];
    for (const o of await this.servers.residents(serverId)) {
      const target = await this.servers.pickTarget(serverId, o.region);
      if (!target) {
        skipped.push({
          orchestraId: o.id,
          subdomain: o.subdomain,
          reason: o.region
            ? `no open server in region ${o.region} has room`
            : 'no open server has room',
        });
        continue;
      }
      try {
        started.push((await this.moves.start(o.id, { toServerId: target })).id);
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        skipped.push({ orchestraId: o.id, subdomain: o.subdomain, reason: err.message });
      }
    }
    await this.audit.record({
      action: 'database-server.move-off',
      targetType: 'database-server',
      targetId: serverId,
      after: { moves: started.length, skipped: skipped.length },
    });
    return { moves: started, skipped };
  }
}
