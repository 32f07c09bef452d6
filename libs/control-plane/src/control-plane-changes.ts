import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import pg from 'pg';

import { APP_CONFIG, type AppConfig } from '#tutti/common';

/** Channels the control plane's triggers NOTIFY on; the payload is the changed row's id. */
export const CONTROL_CHANNELS = {
  orchestra: 'tutti_orchestra_changed',
  user: 'tutti_user_changed',
} as const;
export type ControlChannel = keyof typeof CONTROL_CHANNELS;

interface Subscriber {
  changed: (id: string) => void;
  /** The connection was (re)made: anything may have changed while nobody listened. */
  resync: () => void;
}

/**
 * One LISTEN connection per process for the control plane's change notifications. Caches of
 * control-plane rows (tenants by host, users' permissions) subscribe here, so a suspension,
 * a deactivation or a role change reaches every gateway copy at once instead of after a TTL.
 * While the connection is down, subscribers are told to forget everything (and keep
 * forgetting at each reconnect attempt), so nothing stale is served.
 */
@Injectable()
export class ControlPlaneChanges implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ControlPlaneChanges');
  private readonly subscribers = new Map<ControlChannel, Subscriber[]>();
  private client?: pg.Client;
  private stopped = false;
  private reconnectTimer?: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  subscribe(channel: ControlChannel, subscriber: Subscriber): void {
    const list = this.subscribers.get(channel) ?? [];
    list.push(subscriber);
    this.subscribers.set(channel, list);
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }

  private resyncAll(): void {
    for (const list of this.subscribers.values()) for (const s of list) s.resync();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.config.controlDatabaseUrl,
      connectionTimeoutMillis: this.config.pool.connectTimeoutMs,
    });
    const byName = new Map<string, ControlChannel>(
      Object.entries(CONTROL_CHANNELS).map(([key, name]) => [name, key as ControlChannel]),
    );
    client.on('notification', (msg) => {
      const channel = byName.get(msg.channel);
      if (!channel || !msg.payload) return;
      for (const s of this.subscribers.get(channel) ?? []) s.changed(msg.payload);
    });
    client.on('error', (err) => {
      this.logger.warn(`Control-plane change listener lost its connection: ${err.message}`);
      this.scheduleReconnect();
    });
    try {
      await client.connect();
      for (const name of Object.values(CONTROL_CHANNELS)) await client.query(`LISTEN ${name}`);
      this.client = client;
      this.resyncAll();
    } catch (err) {
      this.logger.warn(
        `Control-plane change listener could not connect: ${(err as Error).message}`,
      );
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.resyncAll();
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.listen();
    }, 1_000);
    this.reconnectTimer.unref();
  }
}
