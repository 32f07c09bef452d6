import type { LoggerService } from '@nestjs/common';
import pg from 'pg';

import type { AppConfig } from '#tutti/common';

/** Connections one process may open: tenant clients × their pool, the control plane, jobs. */
export function connectionBudget(config: AppConfig): number {
  return config.pool.maxClients * config.pool.connectionsPerClient + 10 + 4;
}

/**
 * Warns at start-up when this process alone may open more connections than the tenant server
 * accepts (`max_connections`, less its reserved ones): with N copies, N times this is needed.
 * PostgreSQL's default of 100 is below one gateway's default budget.
 */
export async function warnOnConnectionBudget(
  config: AppConfig,
  logger: LoggerService,
  copies = Number(process.env.GATEWAY_COPIES ?? 1),
): Promise<void> {
  const client = new pg.Client({ connectionString: config.tenantServerUrl });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ max: string; reserved: string }>(
      `SELECT current_setting('max_connections') AS max,
              current_setting('superuser_reserved_connections') AS reserved`,
    );
    const available = Number(rows[0].max) - Number(rows[0].reserved);
    const needed = connectionBudget(config) * Math.max(1, copies);
    if (needed > available)
      logger.warn(
        `Connection budget: ${copies} cop${copies === 1 ? 'y' : 'ies'} × ${config.pool.maxClients} tenant clients × ${config.pool.connectionsPerClient} connections (+14) = ${needed}, above the tenant server's ${available} (max_connections less reserved). Lower TENANT_POOL_MAX_CLIENTS or TENANT_POOL_CONNECTIONS_PER_CLIENT, or raise max_connections.`,
        'ConnectionBudget',
      );
  } catch {
    // Unreachable now: /ready says so; nothing to compare.
  } finally {
    await client.end().catch(() => undefined);
  }
}
