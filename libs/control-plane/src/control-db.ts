import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

import { APP_CONFIG, type AppConfig } from '#tutti/common';

import { PrismaClient } from './generated/client.js';

/** The control-plane database: one client for the process, shared by its repositories. */
@Injectable()
export class ControlDb implements OnModuleDestroy {
  readonly client: PrismaClient;
  private readonly pool: pg.Pool;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new pg.Pool({
      connectionString: config.controlDatabaseUrl,
      max: 10,
      connectionTimeoutMillis: config.pool.connectTimeoutMs,
      idleTimeoutMillis: config.pool.idleConnectionMs,
    });
    // An idle connection ended by the server (a restart): dropped, the next query reconnects.
    this.pool.on('error', () => undefined);
    this.client = new PrismaClient({ adapter: new PrismaPg(this.pool) });
  }

  /** Connections open and idle, and queries waiting for one: for the metrics. */
  poolStats(): { total: number; idle: number; waiting: number } {
    return {
      total: this.pool.totalCount,
      idle: this.pool.idleCount,
      waiting: this.pool.waitingCount,
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.$disconnect();
    await this.pool.end();
  }
}
