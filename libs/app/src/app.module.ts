import {
  type DynamicModule,
  Inject,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';

import { AuditTrailModule } from '#tutti/audit-trail';
import { AuthModule } from '#tutti/auth';
import { BackupsModule } from '#tutti/backups';
import { BillingModule } from '#tutti/billing';
import { BrandingModule } from '#tutti/branding';
import { APP_CONFIG, type AppConfig, Clock, SecretBox, SystemClock } from '#tutti/common';
import { ContentModule } from '#tutti/content';
import { ControlPlaneModule } from '#tutti/control-plane';
import { DatabaseServersModule } from '#tutti/database-servers';
import { DispatchModule } from '#tutti/dispatch';
import { DomainsModule } from '#tutti/domains';
import { EventsModule } from '#tutti/events';
import { JobsModule, JobsService } from '#tutti/jobs';
import { LibraryModule } from '#tutti/library';
import { MessagingModule } from '#tutti/messaging';
import { MusiciansModule } from '#tutti/musicians';
import { ObservabilityModule } from '#tutti/observability';
import { PlatformModule } from '#tutti/platform';
import { PrivacyModule } from '#tutti/privacy';
import { ProjectsModule } from '#tutti/projects';
import { RankingsModule } from '#tutti/rankings';
import { RetentionModule } from '#tutti/retention';
import { StorageModule } from '#tutti/storage';
import { TenancyMiddleware, TenancyModule } from '#tutti/tenancy';
import { WebhooksModule } from '#tutti/webhooks';

import { HealthController } from './health.controller.js';
import { ProcessMetrics } from './process-metrics.js';
import { ReadinessChecks } from './readiness-checks.js';
import { WebAppModule } from './web-app.js';

@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: Clock, useClass: SystemClock },
      { provide: SecretBox, useFactory: () => new SecretBox(config.encryptionKey) },
    ];
    return {
      module: ConfigModule,
      global: true,
      providers,
      exports: providers.map((p) => p.provide),
    };
  }
}

/** Starts this process's job workers once every module has defined its jobs. */
class WorkerStarter implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JobsService) private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobs.enabled) await this.jobs.startWorkers();
  }
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule,
        ControlPlaneModule,
        JobsModule,
        TenancyModule,
        AuthModule,
        PlatformModule,
        BackupsModule,
        DatabaseServersModule,
        BillingModule,
        MusiciansModule,
        RankingsModule,
        ProjectsModule,
        MessagingModule,
        DispatchModule,
        EventsModule,
        StorageModule,
        LibraryModule,
        ContentModule,
        PrivacyModule,
        AuditTrailModule,
        DomainsModule,
        BrandingModule,
        WebhooksModule,
        RetentionModule,
        WebAppModule,
      ],
      controllers: [HealthController],
      providers: [WorkerStarter, ProcessMetrics, ReadinessChecks],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // '{*path}' matches the root too (the web app's first page needs its tenant).
    consumer.apply(TenancyMiddleware).forRoutes('{*path}');
  }
}
