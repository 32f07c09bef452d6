import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';

import { APP_CONFIG, type AppConfig } from '#tutti/common';

import { PrismaClient } from './generated/client.js';

/** The control-plane database: one client for the process, shared by its repositories. */
@Injectable()
export class ControlDb implements OnModuleDestroy {
  readonly client: PrismaClient;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: config.controlDatabaseUrl,
        max: 10,
        connectionTimeoutMillis: config.pool.connectTimeoutMs,
        idleTimeoutMillis: config.pool.idleConnectionMs,
      }),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.$disconnect();
  }
}
