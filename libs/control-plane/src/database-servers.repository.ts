import { Injectable } from '@nestjs/common';

import { ControlDb } from './control-db.js';
import type { DatabaseServer } from './generated/client.js';
import type { DatabaseProvider, DatabaseServerState } from './generated/enums.js';

export type DatabaseServerRecord = DatabaseServer;
export type { DatabaseProvider, DatabaseServerState };

/** A server with how many tenants it holds (all but deleted ones). */
export type DatabaseServerWithLoad = DatabaseServer & { tenants: number };

export interface NewDatabaseServer {
  name: string;
  kind: DatabaseProvider;
  adminUrlEncrypted: string | null;
  neonApiKeyEncrypted: string | null;
  neonApiUrl: string | null;
  region: string | null;
  capacity: number;
}

export interface DatabaseServerChange {
  state?: DatabaseServerState;
  capacity?: number;
  region?: string | null;
}

/** Why placement found no server. */
export type PlacementRefusal = { refused: 'no-room'; region: string | null };

const LIVE = { status: { not: 'deleted' as const } };

/** The registry of servers tenant databases are placed on, and placement itself. */
@Injectable()
export class DatabaseServersRepository {
  constructor(private readonly db: ControlDb) {}

  async list(): Promise<DatabaseServerWithLoad[]> {
    const [servers, counts] = await Promise.all([
      this.db.client.databaseServer.findMany({ orderBy: { createdAt: 'asc' } }),
      this.db.client.$queryRaw<Array<{ id: string; tenants: number }>>`
        SELECT "databaseServerId" AS id, count(*)::int AS tenants FROM "Orchestra"
         WHERE "databaseServerId" IS NOT NULL AND "status" <> 'deleted'
         GROUP BY "databaseServerId"`,
    ]);
    const load = new Map(counts.map((c) => [c.id, c.tenants]));
    return servers.map((s) => ({ ...s, tenants: load.get(s.id) ?? 0 }));
  }

  findById(id: string): Promise<DatabaseServer | null> {
    return this.db.client.databaseServer.findUnique({ where: { id } });
  }

  findByName(name: string): Promise<DatabaseServer | null> {
    return this.db.client.databaseServer.findUnique({ where: { name } });
  }

  /** Null when the name is taken. */
  async create(input: NewDatabaseServer): Promise<DatabaseServer | null> {
    const rows = await this.db.client.databaseServer.createManyAndReturn({
      data: [input],
      skipDuplicates: true,
    });
    return rows[0] ?? null;
  }

  tenantCount(id: string): Promise<number> {
    return this.db.client.orchestra.count({ where: { ...LIVE, databaseServerId: id } });
  }

  /**
   * Closing needs the server empty, checked in the same statement as the change, so a tenant
   * placed meanwhile keeps it open. Null when the server holds tenants (or does not exist).
   */
  async change(id: string, change: DatabaseServerChange): Promise<DatabaseServer | null> {
    if (change.state !== 'closed') {
      const { count } = await this.db.client.databaseServer.updateMany({
        where: { id },
        data: change,
      });
      return count === 1 ? this.findById(id) : null;
    }
    const rows = await this.db.client.$queryRaw<Array<{ id: string }>>`
      UPDATE "DatabaseServer" s
         SET "state" = 'closed', "updatedAt" = now(),
             "capacity" = COALESCE(${change.capacity ?? null}::int, s."capacity"),
             "region" = CASE WHEN ${change.region !== undefined} THEN ${change.region ?? null} ELSE s."region" END
       WHERE s."id" = ${id}::uuid
         AND NOT EXISTS (SELECT 1 FROM "Orchestra" o
                          WHERE o."databaseServerId" = s."id" AND o."status" <> 'deleted')
         AND NOT EXISTS (SELECT 1 FROM "TenantMove" m
                          WHERE m."toServerId" = s."id" AND m."status" = 'running')
      RETURNING s."id"`;
    return rows.length === 1 ? this.findById(id) : null;
  }

  /**
   * Where to move an ensemble off `excluding`: the open server (in `region`, if given) with the
   * fewest ensembles, counting moves on their way there, and room left. Null when none has.
   */
  async pickTarget(excluding: string, region: string | null): Promise<string | null> {
    const rows = await this.db.client.$queryRaw<Array<{ id: string }>>`
      SELECT s."id" FROM "DatabaseServer" s,
        LATERAL (SELECT
          (SELECT count(*) FROM "Orchestra" o
            WHERE o."databaseServerId" = s."id" AND o."status" <> 'deleted')
        + (SELECT count(*) FROM "TenantMove" m
            WHERE m."toServerId" = s."id" AND m."status" = 'running') AS load) l
       WHERE s."state" = 'open' AND s."id" <> ${excluding}::uuid
         AND (${region}::text IS NULL OR s."region" = ${region})
         AND l.load < s."capacity"
       ORDER BY l.load, s."createdAt"
       LIMIT 1`;
    return rows[0]?.id ?? null;
  }

  /** The ensembles on a server whose database is in place (what draining must move off). */
  async residents(
    id: string,
  ): Promise<Array<{ id: string; subdomain: string; region: string | null }>> {
    return this.db.client.orchestra.findMany({
      where: {
        databaseServerId: id,
        status: { in: ['active', 'suspended'] },
        databaseUrlEncrypted: { not: null },
      },
      select: { id: true, subdomain: true, region: true },
      orderBy: { createdAt: 'asc' },
    });
  }

  /**
   * The server a deployment's TENANT_DATABASE_URL names, registered as `default` on first
   * start and kept pointing at that URL; tenants from before the registry are placed on it.
   */
  async ensureDefault(adminUrlEncrypted: string, capacity: number): Promise<DatabaseServer> {
    const server = await this.db.client.databaseServer.upsert({
      where: { name: 'default' },
      create: { name: 'default', kind: 'postgres', adminUrlEncrypted, capacity },
      update: { adminUrlEncrypted },
    });
    await this.db.client.orchestra.updateMany({
      where: {
        databaseServerId: null,
        databaseUrlEncrypted: { not: null },
        databaseProvider: 'postgres',
      },
      data: { databaseServerId: server.id },
    });
    return server;
  }

  /**
   * Places a tenant on the open server with the fewest tenants and room left (in its region,
   * when one is asked for), unless it has been placed already. The open servers are locked
   * while counting, so placements at once cannot both take a server's last place.
   */
  async place(
    orchestraId: string,
    region: string | null,
  ): Promise<DatabaseServer | PlacementRefusal> {
    return this.db.client.$transaction(async (tx) => {
      const placed = await tx.orchestra.findUniqueOrThrow({
        where: { id: orchestraId },
        select: { databaseServer: true },
      });
      if (placed.databaseServer) return placed.databaseServer;
      // Locked first, counted after: a count in the locking statement would read the snapshot
      // from before the wait, and two placements would both see the last place free.
      await tx.$queryRaw`
        SELECT s."id" FROM "DatabaseServer" s
         WHERE s."state" = 'open' AND (${region}::text IS NULL OR s."region" = ${region})
         ORDER BY s."id" FOR UPDATE`;
      const candidates = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT s."id" FROM "DatabaseServer" s
          LEFT JOIN "Orchestra" o ON o."databaseServerId" = s."id" AND o."status" <> 'deleted'
         WHERE s."state" = 'open' AND (${region}::text IS NULL OR s."region" = ${region})
         GROUP BY s."id", s."capacity", s."createdAt"
        HAVING count(o."id") < s."capacity"
         ORDER BY count(o."id"), s."createdAt"
         LIMIT 1`;
      if (candidates.length === 0) return { refused: 'no-room' as const, region };
      const id = candidates[0].id;
      const orchestra = await tx.orchestra.update({
        where: { id: orchestraId },
        data: { databaseServerId: id },
        select: { databaseServer: true },
      });
      return orchestra.databaseServer!;
    });
  }
}
