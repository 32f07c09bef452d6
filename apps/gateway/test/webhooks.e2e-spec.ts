import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

import {
  adminQuery,
  createTenant,
  createTestApp,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';
import { verifyTuttiSignature } from '#tutti/webhooks';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** An integrator's receiver on 127.0.0.1: records what arrives, answers the statuses queued. */
class Receiver {
  readonly got: Received[] = [];
  readonly statuses: number[] = [];
  private server!: Server;
  url = '';

  async start() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.got.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(this.statuses.shift() ?? 200).end('ok');
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/hook`;
    return this;
  }

  stop() {
    return new Promise<void>((r) => this.server.close(() => r()));
  }
}

async function waitFor<T>(fn: () => Promise<T> | T, ok: (v: T) => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    const v = await fn();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('outgoing webhooks', () => {
  const receiver = new Receiver();
  let t: TestApp;
  let band: TestTenant;
  let db: string;
  const api = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) =>
    band.api(method, path);

  beforeAll(async () => {
    await receiver.start();
    t = await createTestApp({ env: { MESSAGE_RETRY_DELAY_SECONDS: '1' } });
    band = await createTenant(t, 'hookband');
    db = t.tenantDatabaseUrl(band.id);
  });
  afterAll(async () => {
    await t?.close();
    await receiver.stop();
  });

  let n = 0;
  const musician = () =>
    api('post', '/api/musicians')
      .send({ firstName: 'Hook', lastName: `Player${++n}`, email: `hook${n}@band.example` })
      .expect(201);

  it('signs each delivery with the endpoint secret over a timestamp and the body; the secret is stored encrypted', async () => {
    const bad = await api('post', '/api/webhooks/endpoints')
      .send({ url: 'ftp://example.org', events: ['nope'] })
      .expect(400);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'events',
      'url',
    ]);
    const ep = await api('post', '/api/webhooks/endpoints')
      .send({ url: receiver.url, events: ['musician.created'] })
      .expect(201);
    expect(ep.body.secret).toMatch(/^whsec_/);
    const [stored] = await adminQuery<{ secretEncrypted: string }>(
      db,
      'SELECT "secretEncrypted" FROM "WebhookEndpoint"',
    );
    expect(stored.secretEncrypted).not.toContain(ep.body.secret);
    expect(
      (await api('get', '/api/webhooks/endpoints').expect(200)).body.items[0],
    ).not.toHaveProperty('secret');

    const m = await musician();
    const [hit] = await waitFor(
      () => receiver.got,
      (g) => g.length === 1,
      'the delivery',
    );
    const body = JSON.parse(hit.body);
    expect(body).toMatchObject({
      type: 'musician.created',
      data: { musicianId: m.body.id, lastName: 'Player1' },
    });
    expect(hit.headers['tutti-event']).toBe('musician.created');
    const sig = hit.headers['tutti-signature'] as string;
    expect(sig).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyTuttiSignature(ep.body.secret, sig, hit.body)).toBe(true);
    expect(verifyTuttiSignature('whsec_wrong', sig, hit.body)).toBe(false);
    expect(verifyTuttiSignature(ep.body.secret, sig, hit.body.replace('Player1', 'Player9'))).toBe(
      false,
    );
    // An old signature is refused (replay protection), however right its MAC.
    expect(
      verifyTuttiSignature(
        ep.body.secret,
        sig,
        hit.body,
        300,
        Math.floor(Date.now() / 1000) + 3600,
      ),
    ).toBe(false);
    // The receiver answers before the attempt is recorded: wait for the record.
    const [first] = await waitFor(
      async () =>
        (await api('get', '/api/webhooks/deliveries').expect(200)).body.items as Array<{
          status: string;
        }>,
      (items) => items[0]?.status === 'succeeded',
      'the recorded delivery',
    );
    expect(first).toMatchObject({
      eventType: 'musician.created',
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 200,
    });
  });

  it('retries a failed delivery with backoff, records every attempt, replays on request, and signs with a rotated secret', async () => {
    receiver.got.length = 0;
    receiver.statuses.push(500, 503);
    await musician();
    await waitFor(
      () => receiver.got,
      (g) => g.length === 3,
      'two failures and a success',
    );
    const [d] = await waitFor(
      async () =>
        (await api('get', '/api/webhooks/deliveries').expect(200)).body.items as Array<{
          status: string;
          deliveryId: string;
        }>,
      (items) => items[0]?.status === 'succeeded',
      'the third attempt recorded',
    );
    expect(d).toMatchObject({ status: 'succeeded', attempts: 3, lastStatusCode: 200 });
    const attempts = await adminQuery<{ statusCode: number }>(
      db,
      `SELECT a."statusCode" FROM "WebhookAttempt" a JOIN "WebhookDelivery" d ON d.id = a."deliveryId" WHERE d."deliveryId" = $1 ORDER BY a.id`,
      [d.deliveryId],
    );
    expect(attempts.map((a) => a.statusCode)).toEqual([500, 503, 200]);
    // Every attempt carries the same event id.
    expect(new Set(receiver.got.map((g) => JSON.parse(g.body).id)).size).toBe(1);

    const [ep] = (await api('get', '/api/webhooks/endpoints').expect(200)).body.items;
    const rotated = await api(
      'post',
      `/api/webhooks/endpoints/${ep.endpointId}/rotate-secret`,
    ).expect(201);
    await api('post', `/api/webhooks/deliveries/${d.deliveryId}/replay`).expect(200);
    const replayed = await waitFor(
      () => receiver.got,
      (g) => g.length === 4,
      'the replay',
    );
    const last = replayed[3];
    expect(JSON.parse(last.body).id).toBe(JSON.parse(replayed[0].body).id);
    expect(
      verifyTuttiSignature(
        rotated.body.secret,
        last.headers['tutti-signature'] as string,
        last.body,
      ),
    ).toBe(true);
    await api('post', '/api/webhooks/deliveries/nope/replay').expect(404);
  });

  it('sends only the events an active endpoint chose', async () => {
    receiver.got.length = 0;
    const [ep] = (await api('get', '/api/webhooks/endpoints').expect(200)).body.items;
    await api('patch', `/api/webhooks/endpoints/${ep.endpointId}`)
      .send({ isActive: false })
      .expect(200);
    await musician();
    const other = await api('post', '/api/webhooks/endpoints')
      .send({ url: receiver.url, events: ['need.filled'] })
      .expect(201);
    await musician();
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.got).toEqual([]);
    await api('delete', `/api/webhooks/endpoints/${other.body.endpointId}`).expect(204);
    await api('delete', `/api/webhooks/endpoints/${other.body.endpointId}`).expect(404);
  });

  it("tells of a substitute's answer and the need being filled", async () => {
    receiver.got.length = 0;
    await api('post', '/api/webhooks/endpoints')
      .send({ url: receiver.url, events: ['request.accepted', 'request.declined', 'need.filled'] })
      .expect(201);
    const positionId = await band.fixtures.position('Violin', 'Tutti violin 2');
    const ids: string[] = [];
    for (const i of [1, 2])
      ids.push(
        (
          await band.fixtures.musician({
            firstName: 'Sub',
            lastName: `No${i}`,
            email: `sub${i}@band.example`,
            positionIds: [positionId],
          })
        ).id,
      );
    const list = await band.fixtures.rankedList(positionId, ids);
    const project = await band.fixtures.project({ name: 'Hook week' });
    const need = await api('post', `/api/projects/${project.id}/needs`)
      .send({
        positionId,
        rankingListId: list.id,
        responseTimeHours: 24,
        quantity: 1,
        strategy: 'sequential',
      })
      .expect(201);
    await api('post', `/api/needs/${need.body.id}/start`).expect(202);
    const pending = async () =>
      (
        (await api('get', `/api/projects/${project.id}`).expect(200)).body.needs[0]
          .timeline as Array<{ requestId: string; status: string }>
      ).filter((r) => r.status === 'pending');
    const [first] = await waitFor(pending, (p) => p.length === 1, 'the first request');
    await api('post', `/api/requests/${first.requestId}/answer`)
      .send({ answer: 'decline' })
      .expect(200);
    const [second] = await waitFor(
      pending,
      (p) => p.length === 1 && p[0].requestId !== first.requestId,
      'the next request',
    );
    await api('post', `/api/requests/${second.requestId}/answer`)
      .send({ answer: 'accept' })
      .expect(200);
    const got = await waitFor(
      () => receiver.got,
      (g) => g.length === 3,
      'three events',
    );
    const events = got.map(
      (g) =>
        JSON.parse(g.body) as {
          type: string;
          data: { requestId?: string; needId: string; musician?: { lastName: string } };
        },
    );
    expect(events.map((e) => e.type).sort()).toEqual([
      'need.filled',
      'request.accepted',
      'request.declined',
    ]);
    expect(events.find((e) => e.type === 'request.declined')!.data).toMatchObject({
      requestId: first.requestId,
      musician: { lastName: 'No1' },
    });
    expect(events.find((e) => e.type === 'need.filled')!.data.needId).toBe(need.body.id);
  });

  it('keeps the documented verification snippet the same as the tested function', () => {
    const source = readFileSync('libs/webhooks/src/signature.ts', 'utf8');
    const snippet =
      /\/\/ --- README: verifying a delivery[^\n]*\n([\s\S]*?)\/\/ --- end of README snippet ---/
        .exec(source)![1]
        .trim();
    expect(readFileSync('docs/walkthrough.md', 'utf8')).toContain(snippet);
  });
});
