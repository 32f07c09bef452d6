import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

import pg from 'pg';
import { WebSocketServer } from 'ws';

import type { RecordedCall } from './fake-provider-server.js';

interface Project {
  id: string;
  name: string;
  region_id: string;
  database: string;
  role: string;
  /** Polls of its operations so far: the first answers running, later ones finished. */
  polls: number;
  created_at: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A local stand-in for Neon on 127.0.0.1, both halves of it:
 * - its HTTP API (`/api/v2`), in the documented shapes, for what Tutti's Neon host calls
 *   (list, create and delete projects, their operations, connection URIs), checking the API
 *   key; a project's database is a real database on a local PostgreSQL server;
 * - its WebSocket proxy (`/v2?address=host:port`), which carries PostgreSQL's wire protocol
 *   between the serverless driver and that server, byte for byte, as Neon's proxy does.
 * It records the API calls and counts the WebSocket sessions and bytes carried.
 */
export class FakeNeonServer {
  readonly calls: RecordedCall[] = [];
  readonly projects = new Map<string, Project>();
  webSocketSessions = 0;
  bytesCarried = 0;
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private wss?: WebSocketServer;
  port = 0;

  constructor(
    /** A superuser URL of the local server that holds the projects' databases. */
    private readonly adminUrl: string,
    readonly apiKey: string,
  ) {}

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/v2`;
  }

  /** NEON_WS_PROXY for the driver: this server's proxy, told where to connect. */
  get wsProxy(): string {
    return `127.0.0.1:${this.port}/v2?address={host}:{port}`;
  }

  private async sql(query: string): Promise<void> {
    const c = new pg.Client({ connectionString: this.adminUrl });
    await c.connect();
    try {
      await c.query(query);
    } finally {
      await c.end();
    }
  }

  private uriOf(p: Project): string {
    const u = new URL(this.adminUrl);
    u.pathname = `/${p.database}`;
    return u.toString();
  }

  private async route(req: IncomingMessage, body: string): Promise<[number, unknown]> {
    if (req.headers.authorization !== `Bearer ${this.apiKey}`)
      return [401, { code: '', message: 'authorization failed' }];
    const url = new URL(req.url ?? '/', 'http://neon.invalid');
    const path = url.pathname.replace(/^\/api\/v2/, '');
    const view = (p: Project) => ({
      id: p.id,
      name: p.name,
      region_id: p.region_id,
      platform_id: 'aws',
      pg_version: 17,
      created_at: p.created_at,
      updated_at: p.created_at,
    });
    if (req.method === 'GET' && path === '/projects') {
      const search = url.searchParams.get('search') ?? '';
      const list = [...this.projects.values()].filter(
        (p) => p.name.includes(search) || p.id.includes(search),
      );
      return [200, { projects: list.map(view), pagination: { cursor: '' } }];
    }
    if (req.method === 'POST' && path === '/projects') {
      const input = (
        JSON.parse(body || '{}') as {
          project?: { name?: string; region_id?: string; branch?: Record<string, string> };
        }
      ).project;
      const branch = (input?.branch ?? {}) as { database_name?: string; role_name?: string };
      const name = input?.name ?? `project-${randomBytes(3).toString('hex')}`;
      if (!/^[a-z0-9_]{1,63}$/.test(name))
        return [400, { code: '', message: 'name: stand-in accepts [a-z0-9_] names only' }];
      const p: Project = {
        id: `proj-${randomBytes(6).toString('hex')}`,
        name,
        region_id: input?.region_id ?? 'aws-eu-central-1',
        database: name,
        role: branch.role_name ?? 'neondb_owner',
        polls: 0,
        created_at: new Date().toISOString(),
      };
      await this.sql(`CREATE DATABASE ${quote(p.database)}`);
      this.projects.set(p.id, p);
      const uri = this.uriOf(p);
      const u = new URL(uri);
      return [
        201,
        {
          project: view(p),
          connection_uris: [
            {
              connection_uri: uri,
              connection_parameters: {
                database: p.database,
                password: decodeURIComponent(u.password),
                role: p.role,
                host: u.hostname,
                pooler_host: u.hostname,
              },
            },
          ],
          roles: [{ name: p.role, branch_id: `br-${p.id}`, protected: false }],
          databases: [{ id: 1, name: branch.database_name ?? 'neondb', owner_name: p.role }],
          operations: [this.operation(p, 'running')],
          branch: { id: `br-${p.id}`, project_id: p.id, name: 'main' },
          endpoints: [{ id: `ep-${p.id}`, host: u.hostname, type: 'read_write' }],
        },
      ];
    }
    const one = /^\/projects\/([^/]+)(\/operations|\/connection_uri)?$/.exec(path);
    const p = one ? this.projects.get(one[1]) : undefined;
    if (one && !p) return [404, { code: '', message: 'project not found' }];
    if (p && req.method === 'GET' && one![2] === '/operations') {
      p.polls++;
      return [
        200,
        { operations: [this.operation(p, p.polls > 1 ? 'finished' : 'running')], pagination: {} },
      ];
    }
    if (p && req.method === 'GET' && one![2] === '/connection_uri') {
      if (!url.searchParams.get('database_name') || !url.searchParams.get('role_name'))
        return [400, { code: '', message: 'database_name and role_name are required' }];
      return [200, { uri: this.uriOf(p) }];
    }
    if (p && req.method === 'DELETE' && !one![2]) {
      await this.sql(`DROP DATABASE IF EXISTS ${quote(p.database)} WITH (FORCE)`);
      this.projects.delete(p.id);
      return [200, { project: view(p) }];
    }
    return [404, { code: '', message: `no route ${req.method} ${path}` }];
  }

  private operation(p: Project, status: string) {
    return {
      id: `op-${p.id}`,
      project_id: p.id,
      branch_id: `br-${p.id}`,
      action: 'create_timeline',
      status,
      failures_count: 0,
      created_at: p.created_at,
      updated_at: new Date().toISOString(),
      total_duration_ms: 1,
    };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        this.calls.push({
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body,
        });
        this.route(req, body).then(
          ([status, json]) => {
            res.writeHead(status, { 'content-type': 'application/json' });
            res.end(JSON.stringify(json));
          },
          (err: Error) => {
            res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ code: '', message: err.message }));
          },
        );
      });
    });
    // The proxy: one TCP connection to the address asked for per WebSocket.
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://neon.invalid');
      const address = url.searchParams.get('address') ?? '';
      const [host, port] = address.split(':');
      if (!url.pathname.startsWith('/v2') || !host || !port) return socket.destroy();
      this.wss!.handleUpgrade(req, socket, head, (ws) => {
        this.webSocketSessions++;
        const tcp = connect(Number(port), host);
        this.sockets.add(tcp);
        tcp.on('close', () => (this.sockets.delete(tcp), ws.close()));
        tcp.on('error', () => ws.close());
        tcp.on('data', (d) => ws.send(d));
        ws.on('message', (d: Buffer) => {
          this.bytesCarried += d.length;
          tcp.write(d);
        });
        ws.on('close', () => tcp.destroy());
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    for (const c of this.wss?.clients ?? []) c.terminate();
    this.wss?.close();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
