import { Injectable, Logger, Optional } from '@nestjs/common';

import { SecretBox } from '#tutti/common';
import {
  type OrchestraRecord,
  OrchestrasRepository,
  type OrchestraUpdate,
  SystemLogRepository,
  UsersRepository,
} from '#tutti/control-plane';
import { Metrics } from '#tutti/observability';

import { TenantDatabaseServer } from './tenant-database-server.js';
import { TenantMigrator } from './tenant-migrator.service.js';
import { TenantSeedsRepository } from './tenant-seeds.repository.js';

export const PROVISIONING_STEPS = [
  'record',
  'create-database',
  'migrate',
  'seed',
  'create-admin',
  'activate',
] as const;
export type ProvisioningStep = (typeof PROVISIONING_STEPS)[number];

/**
 * Lets a deployment watch each step (metrics, tracing) and lets tests make a step fail.
 * Called before a step runs; throwing fails the step.
 */
export abstract class ProvisioningObserver {
  abstract beforeStep(step: ProvisioningStep, orchestra: OrchestraRecord): Promise<void> | void;
}

export class NoopProvisioningObserver extends ProvisioningObserver {
  beforeStep(): void {}
}

/**
 * The provisioning pipeline: record → create database → migrate → seed → create admin →
 * active. `provisioningStep` holds the last completed step, so a retry resumes after it, and
 * every step is idempotent on its own, so re-running a half-finished step does no harm.
 */
@Injectable()
export class ProvisioningPipeline {
  private readonly logger = new Logger('Provisioning');

  constructor(
    private readonly orchestras: OrchestrasRepository,
    private readonly users: UsersRepository,
    private readonly server: TenantDatabaseServer,
    private readonly migrator: TenantMigrator,
    private readonly seeds: TenantSeedsRepository,
    private readonly secrets: SecretBox,
    private readonly observer: ProvisioningObserver,
    private readonly systemLog: SystemLogRepository,
    @Optional() private readonly metrics?: Metrics,
  ) {}

  async run(orchestraId: string): Promise<OrchestraRecord> {
    let orchestra = await this.orchestras.findById(orchestraId);
    if (!orchestra) throw new Error(`Orchestra ${orchestraId} does not exist`);
    if (orchestra.status !== 'provisioning') return orchestra; // done, or not asked for
    const startedAt = performance.now();
    orchestra = await this.orchestras.update(orchestraId, {
      countProvisioningAttempt: true,
      provisioningError: null,
    });
    const about = { category: 'provisioning', orchestraId, subdomain: orchestra.subdomain };
    const done = PROVISIONING_STEPS.indexOf(
      (orchestra.provisioningStep ?? 'record') as ProvisioningStep,
    );
    for (const step of PROVISIONING_STEPS.slice(done + 1)) {
      try {
        await this.observer.beforeStep(step, orchestra);
        // A step's own changes and its completion mark are written together, so nobody sees
        // an orchestra active whose pipeline has not recorded its last step.
        const changes = await this.runStep(step, orchestra);
        orchestra = await this.orchestras.update(orchestra.id, {
          ...changes,
          provisioningStep: step,
        });
        this.logger.log(`${orchestra.subdomain}: ${step} done`);
      } catch (err) {
        const message = `${step}: ${(err as Error).message.split('\n')[0].slice(0, 500)}`;
        this.logger.warn(`${orchestra.subdomain}: provisioning failed at ${message}`);
        const failed = await this.orchestras.update(orchestra.id, {
          status: 'failed',
          provisioningError: message,
        });
        await this.systemLog.write({
          ...about,
          level: 'error',
          message: 'provisioning failed',
          metadata: { step, error: message, attempt: failed.provisioningAttempts },
          startedAt,
        });
        this.metrics?.provisioning.inc({ outcome: 'failed' });
        return failed;
      }
    }
    await this.systemLog.write({
      ...about,
      message: 'ensemble provisioned',
      metadata: { attempt: orchestra.provisioningAttempts },
      startedAt,
    });
    this.metrics?.provisioning.inc({ outcome: 'succeeded' });
    return orchestra;
  }

  /** Runs one step; returns the changes to write to the orchestra with its completion. */
  private async runStep(step: ProvisioningStep, o: OrchestraRecord): Promise<OrchestraUpdate> {
    switch (step) {
      case 'record':
        return {};
      case 'create-database': {
        // Placed once: a retry finds the server chosen before.
        const server = await this.server.place(o);
        const url = await this.server.hostOf(server).ensureDatabase(o.databaseName!);
        return {
          databaseServerId: server.id,
          databaseProvider: server.kind,
          databaseUrlEncrypted: this.secrets.encrypt(url),
          rotateCredentials: true,
        };
      }
      case 'migrate': {
        const outcome = await this.migrator.migrateOne(o);
        if (outcome.status === 'failed') throw new Error(outcome.error);
        return {};
      }
      case 'seed': {
        await this.seeds.seed(this.connectionOf(o), { kind: o.kind, locale: o.locale });
        return {};
      }
      case 'create-admin': {
        // The admin is invited without a password; a superadmin hands over the invitation
        // link (POST /platform/orchestras/:id/invitations), which is shown once. A sign-up
        // invited its admin already: that account (and its pending link) is left as it is.
        if (await this.users.findByEmail(o.id, o.adminEmail)) return {};
        await this.users.upsertTenantUser({
          orchestraId: o.id,
          email: o.adminEmail,
          name: o.adminName,
          role: 'admin',
        });
        return {};
      }
      case 'activate':
        return { status: 'active', statusReason: null, provisioningError: null };
    }
  }

  private connectionOf(o: OrchestraRecord) {
    return {
      id: o.id,
      databaseUrl: this.secrets.decrypt(o.databaseUrlEncrypted!),
      provider: o.databaseProvider,
      credentialsVersion: o.credentialsVersion,
    };
  }
}
