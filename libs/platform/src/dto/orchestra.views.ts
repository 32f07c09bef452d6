import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { PageOf } from '#tutti/common';

class ProvisioningView {
  @ApiProperty({ type: String, nullable: true, description: 'Last completed step' })
  step: string | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty() attempts: number;
}

class DatabaseView {
  @ApiProperty({ enum: ['postgres', 'neon'] }) provider: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: String, nullable: true }) schemaVersion: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Its database server' })
  serverId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The region asked for' })
  region: string | null;
  @ApiProperty({
    type: Date,
    nullable: true,
    description: 'Set while its database is being moved (requests get 503)',
  })
  maintenanceSince: Date | null;
}

class MigrationOutcomeView {
  @ApiProperty({ type: Date, nullable: true }) at: Date | null;
  @ApiProperty({ type: String, nullable: true }) status: string | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
}

class Limits {
  @ApiProperty() maxMusicians: number;
  @ApiProperty() maxProjects: number;
}

export class OrchestraView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['orchestra', 'band'] }) kind: 'orchestra' | 'band';
  @ApiProperty() subdomain: string;
  @ApiProperty({ description: "The ensemble's address" }) url: string;
  @ApiProperty({ type: String, nullable: true }) customDomain: string | null;
  @ApiProperty({
    enum: ['provisioning', 'active', 'failed', 'suspended', 'deleted'],
  })
  status: string;
  @ApiProperty({ type: String, nullable: true }) statusReason: string | null;
  @ApiProperty({ enum: ['small', 'medium', 'large'] }) plan: string;
  @ApiProperty({ type: Limits }) limits: Limits;
  @ApiProperty({ enum: ['none', 'trialing', 'active', 'past_due', 'canceled'] })
  billingStatus: string;
  @ApiProperty() locale: string;
  @ApiProperty() contactName: string;
  @ApiProperty() contactEmail: string;
  @ApiProperty() adminEmail: string;
  @ApiProperty({ type: String, nullable: true }) customerProfileId: string | null;
  @ApiProperty({ type: ProvisioningView }) provisioning: ProvisioningView;
  @ApiProperty({ type: DatabaseView }) database: DatabaseView;
  @ApiProperty({ type: MigrationOutcomeView }) lastMigration: MigrationOutcomeView;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class OrchestraPage extends PageOf(OrchestraView) {}

export class InvitationView {
  @ApiProperty({ description: 'Shown once: the link sets the password' }) invitationUrl: string;
  @ApiProperty() expiresAt: Date;
  @ApiProperty() userId: string;
}

export class ImpersonationView {
  @ApiProperty() accessToken: string;
  @ApiProperty({ description: 'seconds' }) expiresIn: number;
  @ApiProperty({ description: "The ensemble's address, to open with the token" }) url: string;
}

class TenantMigrationOutcomeView {
  @ApiProperty() orchestraId: string;
  @ApiProperty() subdomain: string;
  @ApiProperty({ enum: ['migrated', 'up-to-date', 'failed'] }) status: string;
  @ApiProperty({ type: [String] }) applied: string[];
  @ApiProperty({ type: String, nullable: true }) schemaVersion: string | null;
  @ApiPropertyOptional() error?: string;
  @ApiProperty() durationMs: number;
}

export class MigrationRunView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) requestedBy: string | null;
  @ApiProperty() total: number;
  @ApiProperty() succeeded: number;
  @ApiProperty() failed: number;
  @ApiProperty({ type: [TenantMigrationOutcomeView] }) results: TenantMigrationOutcomeView[];
  @ApiProperty() startedAt: Date;
  @ApiProperty({ type: Date, nullable: true }) finishedAt: Date | null;
}

class MessageCount {
  @ApiProperty() channel: string;
  @ApiProperty() status: string;
  @ApiProperty() count: number;
}

export class UsageView {
  @ApiProperty() plan: string;
  @ApiProperty({ type: Limits }) limits: Limits;
  @ApiProperty() musicians: number;
  @ApiProperty() projects: number;
  @ApiProperty() requestsLast30Days: number;
  @ApiProperty({ description: 'Messages logged in the last 30 days, every channel' })
  messagesLast30Days: number;
  @ApiProperty({ description: 'Messages logged since the first of this month (UTC)' })
  messagesThisMonth: number;
  @ApiProperty({ type: [MessageCount] }) messagesByChannel: MessageCount[];
}

export class TenantHealthView {
  @ApiProperty() reachable: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'One round trip, in ms' })
  latencyMs: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Newest migration in the database' })
  schemaVersion: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Newest migration shipped' })
  expectedSchemaVersion: string | null;
  @ApiProperty() upToDate: boolean;
  @ApiProperty({ type: Number, nullable: true }) databaseBytes: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty() checkedAt: Date;
}

export class FailedJobView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'billing.stripe-event' }) name: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) data: unknown;
  @ApiProperty({ description: 'The last attempt’s error' }) error: string;
  @ApiProperty() retryCount: number;
  @ApiProperty() createdOn: Date;
  @ApiProperty({ type: Date, nullable: true }) failedOn: Date | null;
}

export class FailedJobPage extends PageOf(FailedJobView) {}

export class AuditEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) actorUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) orchestraId: string | null;
  @ApiProperty({ example: 'orchestra.suspend' }) action: string;
  @ApiProperty() targetType: string;
  @ApiProperty({ type: String, nullable: true }) targetId: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) before: unknown;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) after: unknown;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty() createdAt: Date;
}

export class AuditPage extends PageOf(AuditEntryView) {}

export class SystemLogEntryView {
  @ApiProperty() id: string;
  @ApiProperty() timestamp: Date;
  @ApiProperty({ enum: ['info', 'warn', 'error'] }) level: string;
  @ApiProperty({ example: 'provisioning' }) category: string;
  @ApiProperty({ example: 'ensemble provisioned' }) message: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  metadata: unknown;
  @ApiProperty({ type: String, nullable: true }) userId: string | null;
  @ApiProperty({ type: String, nullable: true }) orchestraId: string | null;
  @ApiProperty({ type: String, nullable: true }) subdomain: string | null;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'milliseconds' })
  duration: number | null;
}

export class SystemLogPage extends PageOf(SystemLogEntryView) {}

class PoolStatsView {
  @ApiProperty() hits: number;
  @ApiProperty() misses: number;
  @ApiProperty() evictions: number;
  @ApiProperty() openClients: number;
  @ApiProperty() openConnections: number;
  @ApiProperty() busyClients: number;
  @ApiProperty() peakOpenClients: number;
  @ApiProperty() waiting: number;
  @ApiProperty() maxClients: number;
}

class StatusCount {
  @ApiProperty() status: string;
  @ApiProperty() count: number;
}

export class MetricsView {
  @ApiProperty({ type: PoolStatsView }) tenantClientPool: PoolStatsView;
  @ApiProperty({ type: [StatusCount] }) orchestras: StatusCount[];
}

export class RetriedJobView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}
