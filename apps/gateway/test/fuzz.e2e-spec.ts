// Hostile input for every operation in the OpenAPI spec (so a new route is covered without
// editing this file), plus the routes the spec leaves out (answer page, webhooks): wrong types,
// missing and extra fields, NUL bytes, lone surrogates, deep nesting, out-of-range numbers,
// odd dates, nulls, huge strings, bad path parameters, on the right host and on the wrong one.
// Nothing may answer 500 or above, and every 4xx carries the one error envelope.
import { CENTRAL_HOST, createTenant, createTestApp, type TestApp } from '#tutti/testing';

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  bodyProps: string[];
  queryParams: string[];
}

const deep = (n: number): unknown => (n === 0 ? 1 : { a: deep(n - 1) });
const LONG = 'x'.repeat(1_100_000); // past the 1 MB body limit
/** JSON nested thousands deep, written as text (JSON.stringify itself would overflow). */
const DEEP_JSON = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
class Raw {
  constructor(readonly text: string) {}
}

/** Values that are wrong for most fields in some way. */
const HOSTILE: unknown[] = [
  null,
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  LONG,
  2147483648,
  -1,
  1e20,
  1.5,
  '2027-W01-1',
  '2027-123',
  '0000-01-01',
  true,
  [],
  {},
  deep(50),
  '%',
  '<script>alert(1)</script>',
];

const PATH_VALUES = [
  'x',
  '0',
  '-1',
  '2147483648',
  '99999999999999999999',
  '1e20',
  '%00',
  '%ff',
  '%E2%82',
  encodeURIComponent('\ud800'.replace(/./, '\ufffd')),
  'a'.repeat(2000),
  '..%2F..%2Fetc',
  '00000000-0000-4000-8000-000000000000',
];

describe('hostile input on every operation', () => {
  let t: TestApp;
  let tenantHost: string;
  let tenantToken: string;
  let superToken: string;
  let sent = 0;

  beforeAll(async () => {
    t = await createTestApp();
    const ens = await createTenant(t, 'fuzz');
    tenantHost = ens.host;
    tenantToken = ens.token;
    superToken = await t.superadminToken();
  });
  afterAll(() => t.close());

  async function operations(): Promise<Operation[]> {
    const spec = (await t.http.get('/docs-json').set('Host', CENTRAL_HOST).expect(200)).body as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: Array<{ name: string; in: string }>;
            requestBody?: {
              content?: Record<
                string,
                { schema?: { $ref?: string; properties?: Record<string, unknown> } }
              >;
            };
          }
        >
      >;
      components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
    };
    const ops: Operation[] = [];
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        const ref = schema?.$ref?.split('/').pop();
        const props = ref ? spec.components?.schemas?.[ref]?.properties : schema?.properties;
        ops.push({
          method: method as Operation['method'],
          path,
          bodyProps: Object.keys(props ?? {}),
          queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        });
      }
    }
    // Routes the spec leaves out on purpose, hostile input all the same.
    for (const path of [
      '/r/{token}',
      '/api/webhooks/twilio/sms',
      '/api/webhooks/twilio/status',
      '/api/webhooks/resend',
    ])
      ops.push({
        method: 'post',
        path,
        bodyProps: ['answer', 'message', 'Body', 'From', 'MessageSid'],
        queryParams: [],
      });
    ops.push({ method: 'get', path: '/r/{token}', bodyProps: [], queryParams: [] });
    return ops;
  }

  function send(
    op: Operation,
    host: string,
    path: string,
    token: string | null,
    body?: unknown,
    query?: Record<string, string>,
  ) {
    sent++;
    let req = t.http[op.method](path).set('Host', host);
    if (token) req = req.auth(token, { type: 'bearer' });
    if (query) req = req.query(query);
    if (body !== undefined)
      req = req
        .set('content-type', 'application/json')
        .send(body instanceof Raw ? body.text : JSON.stringify(body));
    return req;
  }

  function check(
    res: { status: number; body: unknown; text: string; headers: Record<string, string> },
    what: string,
  ) {
    if (res.status >= 500)
      throw new Error(`${what} answered ${res.status}: ${res.text.slice(0, 300)}`);
    if (res.status >= 400 && !res.headers['content-type']?.includes('text/html')) {
      const body = res.body as {
        error?: { code?: unknown; message?: unknown };
        requestId?: unknown;
      };
      if (typeof body?.error?.code !== 'string' || typeof body.requestId !== 'string')
        throw new Error(
          `${what} answered ${res.status} outside the envelope: ${res.text.slice(0, 300)}`,
        );
    }
  }

  it('never answers 500, and every error is in the envelope', async () => {
    const started = Date.now();
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(30);
    const failures: string[] = [];
    // A few operations at a time: the whole description is 160 operations and thousands of
    // requests, which one after another outgrow a test's time on a loaded machine.
    const fuzzOne = async (op: (typeof ops)[number]) => {
      const platform = op.path.startsWith('/platform');
      const right: [string, string] = platform
        ? [CENTRAL_HOST, superToken]
        : [tenantHost, tenantToken];
      const wrong: [string, string] = platform
        ? [tenantHost, tenantToken]
        : [CENTRAL_HOST, superToken];
      const withPath = (v: string) => op.path.replace(/\{[^}]+\}/g, v);
      const writes = ['post', 'put', 'patch', 'delete'].includes(op.method);
      const hostileBodies: unknown[] = writes
        ? [
            undefined,
            {},
            [],
            'text',
            new Raw(DEEP_JSON),
            new Raw('{"a": '),
            ...HOSTILE.map((v) => Object.fromEntries(op.bodyProps.map((p) => [p, v]))),
            { ...Object.fromEntries(op.bodyProps.map((p) => [p, 'x'])), extra: 1 },
          ]
        : [undefined];
      const queries = [
        '\u0000',
        '\ud800',
        '1e20',
        '2147483648',
        '-1',
        'bogus',
        '%',
        'q'.repeat(3000),
      ].map((v) => Object.fromEntries([...op.queryParams, 'page'].map((q) => [q, v])));
      // Each kind of hostility on its own: bad path parameters, bad bodies, bad queries; and
      // on the wrong host, where no handler may run at all.
      type Case = readonly [
        readonly [string, string],
        string,
        unknown,
        Record<string, string> | undefined,
      ];
      const cases: Case[] = [
        ...(op.path.includes('{') ? PATH_VALUES : ['x']).map(
          (v) => [right, withPath(v), writes ? {} : undefined, undefined] as const,
        ),
        ...hostileBodies.map((b) => [right, withPath('x'), b, undefined] as const),
        ...queries.map((q) => [right, withPath('x'), undefined, q] as const),
        [wrong, withPath('x'), undefined, undefined],
        [wrong, withPath('%ff'), writes ? { a: '\u0000' } : undefined, undefined],
      ];
      await Promise.all(
        cases.map(async ([[host, token], path, body, query]) => {
          const what = `${op.method.toUpperCase()} ${path.slice(0, 80)} on ${host} body ${
            body instanceof Raw ? body.text.slice(0, 20) : JSON.stringify(body)?.slice(0, 60)
          } query ${JSON.stringify(query)?.slice(0, 40)}`;
          try {
            check(await send(op, host, path, token, body, query), what);
          } catch (e) {
            failures.push(`${what}: ${(e as Error).message}`);
          }
        }),
      );
    };
    for (let i = 0; i < ops.length; i += 4) await Promise.all(ops.slice(i, i + 4).map(fuzzOne));
    console.log(
      `fuzz: ${sent} requests over ${ops.length} operations in ${Date.now() - started} ms`,
    );
    expect(failures).toEqual([]);
  }, 240_000);
});
