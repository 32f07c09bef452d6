import { connect } from 'node:net';

import { TenantResolver } from '#tutti/tenancy';
import {
  CENTRAL_HOST,
  createTenant,
  createTestApp,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

/** One focused check per class of hostile input the fuzz test sprays at every route. */
describe('hardened entry points', () => {
  let t: TestApp;
  let ens: TestTenant;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp();
    ens = await createTenant(t, 'hard');
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as { port: number }).port;
  });
  afterAll(() => t.close());

  /** A raw HTTP exchange, for request lines supertest will not send. */
  function raw(request: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
  }

  it('decides host and route on the path the router matches', async () => {
    for (const path of [
      '/R/abcdefghijklmnopqrstuvwxyz',
      '/API/musicians',
      '/Api/auth/me',
      '/api/musicians/',
    ]) {
      const central = await t.http
        .get(path)
        .set('Host', CENTRAL_HOST)
        .auth(await t.superadminToken(), { type: 'bearer' });
      expect([path, central.status, central.body.error?.code]).toEqual([
        path,
        404,
        expect.stringMatching(/^(route|request)\/not-found$/),
      ]);
    }
    // On the tenant's host the router's case-insensitive match serves it, tenant bound.
    await ens.api('get', '/API/musicians').expect(200);
    const platformHere = await ens.api('get', '/PLATFORM/metrics');
    expect(platformHere.status).toBe(404);
    expect(platformHere.body.error.code).toBe('route/not-found');
    // An absolute-URI request line naming a tenant, sent to the central host.
    for (const target of [
      `http://${ens.host}/r/abcdefghijklmnopqrstuvwxyz`,
      `http://${ens.host}/api/webhooks/twilio/sms`,
    ]) {
      const answer = await raw(
        `POST ${target} HTTP/1.1\r\nHost: ${CENTRAL_HOST}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 404 /);
      expect(answer).toContain('"code":"route/not-found"');
    }
    // The same line on the tenant's host reaches the webhook, whose signature check refuses it.
    const signed = await raw(
      `POST http://elsewhere.example/api/webhooks/twilio/sms HTTP/1.1\r\nHost: ${ens.host}\r\nX-Twilio-Signature: abc\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\nConnection: close\r\n\r\nBody=JA`,
    );
    expect(signed).toMatch(/^HTTP\/1\.1 403 /);
    expect(signed).toContain('"code":"webhook/bad-signature"');
  });

  it('answers malformed bodies in the envelope, with the request id assigned first', async () => {
    const bad = await ens
      .api('post', '/api/musicians')
      .set('content-type', 'application/json')
      .set('X-Request-Id', 'client-trace-0001')
      .send('{"firstName":');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      error: expect.objectContaining({ code: 'request/malformed-json' }),
      requestId: 'client-trace-0001',
    });
    expect(bad.headers['x-request-id']).toBe('client-trace-0001');
    const big = await ens
      .api('post', '/api/musicians')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ notes: 'x'.repeat(1_100_000) }));
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('request/too-large');
    expect(big.body.requestId).toBe(big.headers['x-request-id']);
    const spoofed = await ens.api('get', '/api/musicians').set('X-Request-Id', '<script>');
    expect(spoofed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const huge = await raw(
      `GET /api/musicians?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: ${ens.host}\r\nConnection: close\r\n\r\n`,
    );
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(huge).toContain('"code":"request/headers-too-large"');
  });

  it('names the field for text PostgreSQL cannot store, deep nesting, big numbers, odd dates and null', async () => {
    const cases: Array<[string, string, unknown, string, string]> = [
      [
        'post',
        '/api/musicians',
        { firstName: 'A\u0000', lastName: 'B', email: 'a@b.se' },
        'request/invalid-text',
        'firstName',
      ],
      [
        'post',
        '/api/musicians',
        { firstName: 'A', lastName: 'B\ud800', email: 'a@b.se' },
        'request/invalid-text',
        'lastName',
      ],
      [
        'post',
        '/api/ranking-lists',
        { positionId: 2147483648, listType: 'Z' },
        'request/invalid',
        'positionId',
      ],
      [
        'post',
        '/api/projects',
        { name: 'P', startDate: '2027-W01-1' },
        'request/invalid',
        'startDate',
      ],
      [
        'post',
        '/api/projects',
        { name: 'P', startDate: '0000-01-01' },
        'request/invalid',
        'startDate',
      ],
      ['put', '/api/settings/messaging', { resendApiKey: null }, 'request/invalid', 'resendApiKey'],
      [
        'post',
        '/api/musicians',
        { firstName: 'A', lastName: 'B', email: 'a@b.se', preferredLanguage: null },
        'request/invalid',
        'preferredLanguage',
      ],
    ];
    for (const [method, path, body, code, field] of cases) {
      const res = await ens.api(method as 'post', path).send(body as object);
      expect([path, res.status, res.body.error.code]).toEqual([path, 400, code]);
      expect(JSON.stringify(res.body.error)).toContain(field);
    }
    const deep = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
    const nested = await ens
      .api('post', '/api/musicians')
      .set('content-type', 'application/json')
      .send(deep);
    expect(nested.status).toBe(400);
    expect(nested.body.error.code).toBe('request/too-deep');
    const id = await ens
      .api('post', '/api/ranking-lists/2147483648/entries')
      .send({ musicianId: 'x' });
    expect(id.status).toBe(400);
    expect(id.body.error).toMatchObject({ code: 'request/invalid-id', details: { field: 'id' } });
    const page = await ens.api('get', '/api/musicians?page=1e20');
    expect(page.status).toBe(400);
    expect(page.body.error.message).toContain('page');
    const type = await ens.api('get', '/api/communications?type=bogus');
    expect(type.status).toBe(400);
    expect(type.body.error.message).toContain('type must be one of');
    const encoded = await ens.api('get', '/api/musicians/%ff');
    expect(encoded.status).toBe(400);
    expect(encoded.body.error.code).toBe('request/bad-encoding');
  });

  it('searches for %, _ and \\ as text', async () => {
    await ens.fixtures.musician({
      firstName: 'Percy',
      lastName: '100%',
      email: 'percent@hard.example',
    });
    await ens.fixtures.musician({
      firstName: 'Una',
      lastName: 'Plain',
      email: 'plain@hard.example',
    });
    const names = async (q: string) =>
      (
        (await ens.api('get', `/api/musicians?q=${encodeURIComponent(q)}`).expect(200)).body
          .items as Array<{ firstName: string }>
      ).map((m) => m.firstName);
    expect(await names('%')).toEqual(['Percy']);
    expect(await names('_')).toEqual([]);
    expect(await names('\\')).toEqual([]);
  });

  it('sends security headers, and the answer page cannot be framed', async () => {
    const api = await ens.api('get', '/api/musicians').expect(200);
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['referrer-policy']).toBe('no-referrer');
    expect(api.headers['content-security-policy']).toContain("default-src 'none'");
    expect(api.headers['strict-transport-security']).toBeUndefined(); // production only
    const page = await t.http.get('/r/abcdefghijklmnopqrstuvwxyz').set('Host', ens.host);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('keeps the host cache bounded, and remembers unknown hosts for a while', async () => {
    const resolver = t.get<TenantResolver>(TenantResolver);
    for (let i = 0; i < 300; i++)
      await t.http.get('/api/musicians').set('Host', `nobody-${i}.tutti.test`).expect(404);
    expect(resolver.cachedHosts()).toBeLessThanOrEqual(10_000);
    expect(resolver.cachedHosts()).toBeGreaterThanOrEqual(300);
  });
});
