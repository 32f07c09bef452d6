import { Inject, Injectable, Logger, Optional } from '@nestjs/common';

import { TenantDumpRepository } from '#tutti/backups';
import { APP_CONFIG, type AppConfig, Clock, SecretBox } from '#tutti/common';
import {
  AuditRepository,
  DatabaseServersRepository,
  OrchestrasRepository,
  SystemLogRepository,
  type TenantMoveRecord,
  TenantMovesRepository,
} from '#tutti/control-plane';
import { applyMigrations, latestMigration } from '#tutti/migrations';
import { Metrics } from '#tutti/observability';
import { TenantDatabaseServer, TenantMigrationSource, TenantResolver } from '#tutti/tenancy';

export const MOVE_STEPS = [
  'record',
  'maintenance',
  'copy',
  'verify',
  'switch',
  'reopen',
  'cleanup',
] as const;
export type MoveStep = (typeof MOVE_STEPS)[number];

/** Until the switch the tenant still lives where it was: a failure there starts over. */
const BEFORE_SWITCH: MoveStep[] = ['maintenance', 'copy', 'verify'];

/** Lets tests (and a deployment's tracing) watch each step; throwing fails the step. */
export abstract class MoveObserver {
  abstract beforeStep(step: MoveStep, move: TenantMoveRecord): Promise<void> | void;
}

export class NoopMoveObserver extends MoveObserver {
  beforeStep(): void {}
}

const firstLine = (err: unknown) =>
  (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 500);

/**
 * Moves one tenant's database to another server: maintenance (requests get 503 everywhere,
 * through the orchestra NOTIFY, and after a settling wait the sessions still open on the old
 * database are ended) → copy (a new database on the target built from the migrations, loaded
 * with the rows of one snapshot) → verify (every table's count and row digest equal on both
 * sides) → switch (the orchestra points at the new database; every gateway's pooled client is
 * evicted by the credentials version) → reopen → cleanup (the old database dropped).
 *
 * `step` records the last step done, so a run that stopped resumes after it. A failure before
 * the switch puts the tenant back in service on its old database (which nothing changed) and
 * the move is failed, to be resumed from the start; one after the switch leaves it to resume
 * where it stopped.
 */
@Injectable()
export class TenantMovePipeline {
  private readonly logger = new Logger('TenantMove');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moves: TenantMovesRepository,
    private readonly orchestras: OrchestrasRepository,
    private readonly servers: DatabaseServersRepository,
    private readonly tenantServers: TenantDatabaseServer,
    private readonly dumps: TenantDumpRepository,
    private readonly migrations: TenantMigrationSource,
    private readonly resolver: TenantResolver,
    private readonly secrets: SecretBox,
    private readonly observer: MoveObserver,
    private readonly audit: AuditRepository,
    private readonly systemLog: SystemLogRepository,
    private readonly clock: Clock,
    @Optional() private readonly metrics?: Metrics,
  ) {}

  async run(moveId: string): Promise<TenantMoveRecord | null> {
    let move = await this.moves.findById(moveId);
    if (!move || move.status !== 'running') return move;
    const startedAt = performance.now();
    move = await this.moves.update(move.id, { countAttempt: true });
    const done = MOVE_STEPS.indexOf(move.step as MoveStep);
    for (const step of MOVE_STEPS.slice(done + 1)) {
      try {
        await this.observer.beforeStep(step, move);
        const changes = await this.runStep(step, move);
        move = await this.moves.update(move.id, { ...changes, step });
        this.logger.log(`move ${move.id}: ${step} done`);
      } catch (err) {
        return this.failed(move, step, err, startedAt);
      }
    }
    move = await this.moves.update(move.id, {
      status: 'succeeded',
      error: null,
      finishedAt: this.clock.now(),
    });
    await this.audit.record({
      action: 'orchestra.move',
      targetType: 'orchestra',
      targetId: move.orchestraId,
      orchestraId: move.orchestraId,
      before: { server: move.fromServerId, database: move.fromDatabase },
      after: { server: move.toServerId, database: move.toDatabase, rows: move.rows },
    });
    this.metrics?.moves.inc({ outcome: 'succeeded' });
    await this.systemLog.write({
      category: 'database-servers',
      orchestraId: move.orchestraId,
      message: 'ensemble database moved',
      metadata: { moveId: move.id, tables: move.tables, rows: move.rows, attempt: move.attempts },
      startedAt,
    });
    return move;
  }

  private async failed(
    move: TenantMoveRecord,
    step: MoveStep,
    err: unknown,
    startedAt: number,
  ): Promise<TenantMoveRecord> {
    const error = `${step}: ${firstLine(err)}`;
    this.logger.warn(`move ${move.id} failed at ${error}`);
    // A switch that did not happen (the ensemble changed databases meanwhile) leaves the
    // ensemble where it is, whole: it goes back in service as before the switch.
    const switched =
      step === 'switch' &&
      (await this.orchestras.findById(move.orchestraId))?.databaseName === move.toDatabase;
    const startOver = BEFORE_SWITCH.includes(step) || (step === 'switch' && !switched);
    if (startOver) {
      // The old database is whole and unchanged: the ensemble goes back to it at once.
      try {
        const from = await this.tenantServers.hostFor({ databaseServerId: move.fromServerId });
        await from.reopenSessions(move.fromDatabase);
      } catch (reopenErr) {
        this.logger.error(`move ${move.id}: old database not reopened: ${firstLine(reopenErr)}`);
      }
      await this.orchestras.update(move.orchestraId, { maintenanceSince: null });
      this.resolver.invalidate(move.orchestraId);
      await this.dropTarget(move);
    }
    const failed = await this.moves.update(move.id, {
      status: 'failed',
      error,
      finishedAt: this.clock.now(),
      ...(startOver ? { step: 'record', toUrlEncrypted: null } : {}),
    });
    this.metrics?.moves.inc({ outcome: 'failed' });
    await this.systemLog.write({
      level: 'error',
      category: 'database-servers',
      orchestraId: move.orchestraId,
      message: 'ensemble database move failed',
      metadata: { moveId: move.id, step, error, backInService: startOver },
      startedAt,
    });
    return failed;
  }

  /** The old database, read as the server's admin: the tenant's own login is barred by now. */
  private async sourceUrl(move: TenantMoveRecord): Promise<string> {
    const from = await this.tenantServers.hostFor({ databaseServerId: move.fromServerId });
    return from.adminUrlFor(move.fromDatabase);
  }

  private async dropTarget(move: TenantMoveRecord): Promise<void> {
    try {
      const host = await this.tenantServers.hostFor({ databaseServerId: move.toServerId });
      await host.dropDatabase(move.toDatabase);
    } catch (err) {
      this.logger.warn(`move ${move.id}: target not dropped: ${firstLine(err)}`);
    }
  }

  private async runStep(
    step: MoveStep,
    move: TenantMoveRecord,
  ): Promise<Parameters<TenantMovesRepository['update']>[1]> {
    switch (step) {
      case 'record':
        return {};
      case 'maintenance': {
        await this.orchestras.update(move.orchestraId, { maintenanceSince: this.clock.now() });
        this.resolver.invalidate(move.orchestraId);
        // Every gateway hears the change through NOTIFY; requests already under way get this
        // long to finish before their sessions are ended.
        await new Promise((r) => setTimeout(r, this.config.databaseServers.moveSettleMs));
        const from = await this.tenantServers.hostFor({ databaseServerId: move.fromServerId });
        await from.closeSessions(move.fromDatabase);
        return {};
      }
      case 'copy': {
        const source = await this.sourceUrl(move);
        const to = await this.tenantServers.hostFor({ databaseServerId: move.toServerId });
        // From a clean slate each time: a copy half-done by an earlier attempt goes.
        await to.dropDatabase(move.toDatabase);
        const url = await to.ensureDatabase(move.toDatabase);
        await applyMigrations(url, await this.migrations.load());
        const dump = await this.dumps.dump(source);
        const loaded = await this.dumps.load(await to.adminUrlFor(move.toDatabase), dump.bytes);
        return {
          toUrlEncrypted: this.secrets.encrypt(url),
          tables: loaded.tables,
          rows: loaded.rows,
        };
      }
      case 'verify': {
        const source = await this.sourceUrl(move);
        const target = this.secrets.decrypt(move.toUrlEncrypted!);
        const shape = await this.dumps.shape(source);
        const [a, b] = await Promise.all([
          this.dumps.digests(source, shape),
          this.dumps.digests(target, shape),
        ]);
        const differ = shape
          .map((t) => t.name)
          .filter((t) => a.get(t)?.rows !== b.get(t)?.rows || a.get(t)?.md5 !== b.get(t)?.md5);
        if (differ.length) throw new Error(`the copy differs in ${differ.join(', ')}`);
        return {};
      }
      case 'switch': {
        const to = (await this.servers.findById(move.toServerId))!;
        const switched = await this.orchestras.switchDatabase(move.orchestraId, move.fromDatabase, {
          databaseName: move.toDatabase,
          databaseUrlEncrypted: move.toUrlEncrypted!,
          databaseServerId: to.id,
          databaseProvider: to.kind,
          schemaVersion: latestMigration(await this.migrations.load()),
          rotateCredentials: true,
        });
        if (!switched) {
          const now = await this.orchestras.findById(move.orchestraId);
          // Switched by this move's earlier attempt (it stopped before recording the step).
          if (now?.databaseName !== move.toDatabase)
            throw new Error('the ensemble changed databases meanwhile (a restore?)');
        }
        this.resolver.invalidate(move.orchestraId);
        return {};
      }
      case 'reopen': {
        await this.orchestras.update(move.orchestraId, { maintenanceSince: null });
        this.resolver.invalidate(move.orchestraId);
        return { toUrlEncrypted: null };
      }
      case 'cleanup': {
        const from = await this.tenantServers.hostFor({ databaseServerId: move.fromServerId });
        await from.dropDatabase(move.fromDatabase);
        return {};
      }
    }
  }
}
