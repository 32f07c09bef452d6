import { randomBytes } from 'node:crypto';

import { loadConfig, withDatabase } from './app-config.js';

const valid = {
  DATABASE_URL: 'postgresql://u:p@db.example:5432/tutti_control',
  JWT_SECRET: 'x'.repeat(40),
  TUTTI_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
};

describe('loadConfig', () => {
  it('fills defaults and derives the tenant server from DATABASE_URL', () => {
    const c = loadConfig(valid);
    expect(c.baseDomain).toBe('localhost');
    expect(c.tenantServerUrl).toBe('postgresql://u:p@db.example:5432/postgres');
    expect(c.pool.maxClients).toBe(50);
  });

  it('names every missing or malformed setting at once', () => {
    expect(() =>
      loadConfig({
        DATABASE_URL: 'mysql://x',
        TENANT_POOL_MAX_CLIENTS: 'many',
        JOBS_ENABLED: 'perhaps',
      }),
    ).toThrow(
      /DATABASE_URL: must be a postgres[\s\S]*JWT_SECRET: is required[\s\S]*TUTTI_ENCRYPTION_KEY: is required[\s\S]*TENANT_POOL_MAX_CLIENTS: must be an integer[\s\S]*JOBS_ENABLED: must be true or false/,
    );
  });

  it('sizes the tenant pool by a memory budget unless a client count is given', () => {
    expect(loadConfig({ ...valid, TENANT_POOL_MEMORY_MB: '100' }).pool.maxClients).toBe(20);
    expect(loadConfig({ ...valid, TENANT_POOL_MEMORY_MB: '1024' }).pool.maxClients).toBe(204);
    expect(
      loadConfig({ ...valid, TENANT_POOL_MEMORY_MB: '100', TENANT_POOL_MAX_CLIENTS: '7' }).pool
        .maxClients,
    ).toBe(7);
    expect(() => loadConfig({ ...valid, TENANT_POOL_MEMORY_MB: '2' })).toThrow(
      /TENANT_POOL_MEMORY_MB: must be an integer >= 5/,
    );
  });

  it('serves Neon over TCP unless the serverless driver is asked for, and names a bad choice', () => {
    expect(loadConfig(valid).databaseServers.neonDriver).toBe('pg');
    expect(loadConfig({ ...valid, NEON_DRIVER: 'serverless' }).databaseServers.neonDriver).toBe(
      'serverless',
    );
    expect(() => loadConfig({ ...valid, NEON_DRIVER: 'websocket' })).toThrow(
      /NEON_DRIVER: must be one of pg, serverless/,
    );
  });

  it('points a URL at another database', () => {
    expect(withDatabase('postgres://a:b@h:1/x?sslmode=require', 'y')).toBe(
      'postgres://a:b@h:1/y?sslmode=require',
    );
  });
});
