import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';

import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  driverErrorText,
  pageOf,
  type PageQuery,
  requestContext,
  SecretBox,
} from '#tutti/common';
import {
  AuditRepository,
  type BackupKind,
  type BackupRecord,
  BackupsRepository,
  type OrchestraRecord,
  OrchestrasRepository,
} from '#tutti/control-plane';
import { applyMigrations, latestMigration } from '#tutti/migrations';
import { FileStore, storageKey } from '#tutti/storage';
import { TenantDatabaseServer, TenantMigrationSource, TenantResolver } from '#tutti/tenancy';

import {
  backupCorrupt,
  backupFailed,
  backupNotFound,
  backupNotRestorable,
  noDatabaseToBackUp,
  restoreFailed,
  restoreRaced,
} from './backups.errors.js';
import { TenantDumpRepository } from './tenant-dump.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days between scheduled backups, and days each is kept, by plan. */
export const BACKUP_SCHEDULE = {
  small: { everyDays: 7, keepDays: 28 },
  medium: { everyDays: 1, keepDays: 14 },
  large: { everyDays: 1, keepDays: 35 },
} as const;

export type RestoreMode = 'replace' | 'inspect';

/**
 * Backups of one tenant database at a time: taken by hand, on a schedule by plan, and before a
 * deletion; kept in the file store with their size and checksum; restored into a new database
 * that the ensemble is switched to (or that a superadmin inspects).
 */
@Injectable()
export class BackupsService {
  private readonly logger = new Logger('Backups');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly backups: BackupsRepository,
    private readonly orchestras: OrchestrasRepository,
    private readonly dumps: TenantDumpRepository,
    private readonly store: FileStore,
    private readonly server: TenantDatabaseServer,
    private readonly migrations: TenantMigrationSource,
    private readonly resolver: TenantResolver,
    private readonly secrets: SecretBox,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(orchestraId: string, q: PageQuery) {
    const { page, size, skip } = pageOf(q);
    const { items, total } = await this.backups.list(orchestraId, { skip, take: size });
    return { items: items.map(view), total, page, pageSize: size };
  }

  /**
   * Takes one backup now. The record is written first (running), then the file, then the
   * record's size and checksum: a crash leaves a failed-looking running row, never a listed
   * backup without its file.
   */
  async take(o: OrchestraRecord, kind: BackupKind): Promise<BackupRecord> {
    if (!o.databaseUrlEncrypted) throw noDatabaseToBackUp(o.status);
    const id = randomUUID();
    const now = this.clock.now();
    const keepDays =
      kind === 'final'
        ? this.config.backups.finalKeepDays
        : kind === 'scheduled'
          ? BACKUP_SCHEDULE[o.plan].keepDays
          : this.config.backups.manualKeepDays;
    const record = await this.backups.start({
      id,
      orchestraId: o.id,
      kind,
      storageKey: storageKey(o.id, 'backups', id),
      requestedBy: requestContext.get()?.principal?.userId ?? null,
      keepUntil: new Date(now.getTime() + keepDays * DAY_MS),
    });
    try {
      const dump = await this.dumps.dump(this.secrets.decrypt(o.databaseUrlEncrypted));
      await this.store.put(record.storageKey, dump.bytes, 'application/gzip');
      const done = await this.backups.succeed(id, {
        sizeBytes: dump.bytes.length,
        sha256: dump.sha256,
        schemaVersion: dump.header.schemaVersion,
        tables: dump.header.tables.length,
        rows: dump.header.tables.reduce((s, t) => s + t.rows, 0),
        finishedAt: this.clock.now(),
      });
      await this.audit.record({
        action: 'backup.take',
        targetType: 'backup',
        targetId: id,
        orchestraId: o.id,
        after: { kind, sizeBytes: done.sizeBytes, sha256: done.sha256 },
      });
      return done;
    } catch (err) {
      const reason = driverErrorText(err);
      this.logger.warn(`${o.subdomain}: backup failed: ${reason}`);
      await this.backups.fail(id, reason, this.clock.now());
      throw backupFailed(reason);
    }
  }

  async takeFor(orchestraId: string, kind: BackupKind = 'manual') {
    const o = await this.orchestras.findById(orchestraId);
    if (!o) throw backupNotFound(orchestraId);
    return view(await this.take(o, kind));
  }

  /**
   * Restores a backup into a new database. `replace`: after a backup of the database in use,
   * the ensemble is switched to the new one (its clients everywhere reopen through the
   * credentials NOTIFY) and the old one is dropped; a deleted ensemble comes back active.
   * `inspect`: the new database is left beside the ensemble's for a superadmin to read.
   */
  async restore(backupId: string, mode: RestoreMode) {
    const b = await this.backups.findById(backupId);
    if (!b) throw backupNotFound(backupId);
    if (b.status !== 'succeeded') throw backupNotRestorable(b.status);
    const bytes = await this.store.get(b.storageKey);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== b.sha256)
      throw backupCorrupt();
    const o = (await this.orchestras.findById(b.orchestraId))!;
    const stamp = `${this.clock.now().getTime().toString(36)}${randomBytes(2).toString('hex')}`;
    const name = `${this.server.databaseNameFor(o.id)}_${mode === 'inspect' ? 'i' : 'r'}${stamp}`;
    const set = await this.migrations.load();
    // Restored on the server the ensemble is on.
    const host = await this.server.hostFor(o);
    let url: string;
    try {
      url = await host.ensureDatabase(name);
      await applyMigrations(url, set);
      await this.dumps.load(await host.adminUrlFor(name), bytes);
    } catch (err) {
      await host.dropDatabase(name).catch(() => undefined);
      throw restoreFailed(driverErrorText(err));
    }
    if (mode === 'inspect') {
      await this.audit.record({
        action: 'backup.inspect',
        targetType: 'backup',
        targetId: b.id,
        orchestraId: o.id,
        after: { database: name },
      });
      return { mode, database: name, orchestraId: o.id, backupId: b.id };
    }
    // What is in use now is kept as a backup of its own before it is replaced.
    const before = o.databaseUrlEncrypted ? await this.take(o, 'manual').catch(() => null) : null;
    const switched = await this.orchestras.switchDatabase(o.id, o.databaseName, {
      databaseName: name,
      databaseUrlEncrypted: this.secrets.encrypt(url),
      rotateCredentials: true,
      schemaVersion: latestMigration(set),
      ...(o.status === 'deleted'
        ? { status: 'active' as const, deletedAt: null, statusReason: null }
        : {}),
    });
    if (!switched) {
      // Another restore switched it first: this one's database goes, nothing else changes.
      await host.dropDatabase(name).catch(() => undefined);
      throw restoreRaced();
    }
    this.resolver.invalidate(o.id);
    if (o.databaseName && o.databaseName !== name)
      await host
        .dropDatabase(o.databaseName)
        .catch((err: Error) =>
          this.logger.warn(`${o.subdomain}: old database not dropped: ${err.message}`),
        );
    await this.audit.record({
      action: 'backup.restore',
      targetType: 'backup',
      targetId: b.id,
      orchestraId: o.id,
      before: { database: o.databaseName, status: o.status, safetyBackup: before?.id ?? null },
      after: { database: name, status: o.status === 'deleted' ? 'active' : o.status },
    });
    return { mode, database: name, orchestraId: o.id, backupId: b.id };
  }

  /** Scheduled backups due by plan, then the expired ones removed. Idempotent per day. */
  async runSchedule(): Promise<{ taken: number; failed: number; pruned: number }> {
    const now = this.clock.now();
    const tenants = (await this.orchestras.listMigratable()).filter((o) => o.status === 'active');
    const last = await this.backups.lastScheduled(tenants.map((o) => o.id));
    let taken = 0;
    let failed = 0;
    for (const o of tenants) {
      const prev = last.get(o.id);
      const due =
        !prev ||
        now.getTime() - prev.getTime() >=
          BACKUP_SCHEDULE[o.plan].everyDays * DAY_MS - 60 * 60 * 1000;
      if (!due) continue;
      try {
        await this.take(o, 'scheduled');
        taken++;
      } catch {
        failed++;
      }
    }
    let pruned = 0;
    for (const b of await this.backups.expired(now)) {
      await this.store.delete(b.storageKey);
      await this.backups.remove(b.id);
      pruned++;
    }
    return { taken, failed, pruned };
  }
}

export function view(b: BackupRecord) {
  return {
    id: b.id,
    orchestraId: b.orchestraId,
    kind: b.kind,
    status: b.status,
    sizeBytes: b.sizeBytes,
    sha256: b.sha256,
    schemaVersion: b.schemaVersion,
    tables: b.tables,
    rows: b.rows,
    error: b.error,
    keepUntil: b.keepUntil,
    createdAt: b.createdAt,
    finishedAt: b.finishedAt,
  };
}
