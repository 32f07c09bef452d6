import { Clock } from '#tutti/common';
import { RequestTimers } from '#tutti/dispatch';
import {
  AdjustableClock,
  adminQuery,
  createTenant,
  createTestApp,
  hostOf,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

const HOUR = 3600_000;

describe('substitute request engine', () => {
  let t: TestApp;
  let ens: TestTenant;
  const clock = new AdjustableClock();
  let token: string;
  const host = hostOf('engine');
  let positionId: number;
  let orchestraId: string;
  let seq = 0;
  let lists = 0;
  const listType = () => {
    lists++;
    return [2, 1, 0]
      .map((p) => String.fromCharCode(65 + (Math.floor(lists / 26 ** p) % 26)))
      .join('');
  };

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: Clock, useValue: clock }] });
    ens = await createTenant(t, 'engine');
    orchestraId = ens.id;
    token = ens.token;
    positionId = await ens.fixtures.position('Violin', 'Tutti violin 2');
  });
  afterAll(() => t.close());

  function api(method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) {
    return t.http[method](path).set('Host', host).auth(token, { type: 'bearer' });
  }

  async function musicians(n: number, over: Record<string, unknown> = {}): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      seq++;
      const m = await ens.fixtures.musician({
        firstName: `Player${seq}`,
        lastName: 'Test',
        email: `p${seq}@engine.example`,
        phone: `+4670100${String(seq).padStart(4, '0')}`,
        positionIds: [positionId],
        ...over,
      });
      ids.push(m.id);
    }
    return ids;
  }

  async function needWith(ids: string[], need: Record<string, unknown>, projectId?: string) {
    const list = await ens.fixtures.rankedList(positionId, ids, listType());
    const project =
      projectId ??
      (await ens.fixtures.project({ name: `Project ${seq}`, rehearsalSchedule: 'Mon-Thu 10-15' }))
        .id;
    const created = await api('post', `/api/projects/${project}/needs`)
      .send({ positionId, rankingListId: list.id, responseTimeHours: 24, ...need })
      .expect(201);
    return { projectId: project, needId: created.body.id as string };
  }

  async function overviewNeed(projectId: string, needId: string) {
    const res = await api('get', `/api/projects/${projectId}`).expect(200);
    return res.body.needs.find((n: { id: string }) => n.id === needId);
  }

  async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
    for (let i = 0; i < 150; i++) {
      const v = await fn();
      if (ok(v)) return v;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  /** The answer tokens, read from the (simulated) request messages of the log. */
  async function tokensOf(expected: number, email = true): Promise<Map<string, string>> {
    const logs = await waitFor(
      async () =>
        (await api('get', '/api/communications?type=request&channel=email').expect(200)).body
          .items as Array<{ recipient: string; body: string; status: string }>,
      (rows) => rows.filter((r) => r.status === 'simulated').length >= expected,
      `${expected} simulated request emails`,
    );
    const map = new Map<string, string>();
    for (const l of logs) {
      const m = /\/r\/([A-Za-z0-9_-]{20,})/.exec(l.body);
      if (m && email) map.set(l.recipient, m[1]);
    }
    return map;
  }

  it('first_come: many musicians accept at the same instant and exactly the quantity is booked', async () => {
    const ids = await musicians(30);
    const { projectId, needId } = await needWith(ids, { quantity: 3, strategy: 'first_come' });
    expect(
      (await api('get', `/api/needs/${needId}/preview`).expect(200)).body.wouldAsk,
    ).toHaveLength(30);
    await api('post', `/api/needs/${needId}/start`).expect(202);
    await waitFor(
      () => overviewNeed(projectId, needId),
      (n) => n.pending === 30,
      '30 pending requests',
    );
    const tokens = [...(await tokensOf(30)).values()];
    expect(tokens).toHaveLength(30);

    const answers = await Promise.all(
      tokens.map((tk) =>
        t.http.post(`/r/${tk}`).set('Host', host).type('form').send({ answer: 'accept' }),
      ),
    );
    const accepted = answers.filter((r) => r.status === 200);
    expect(accepted).toHaveLength(3);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(27);
    for (const r of answers.filter((a) => a.status === 409))
      expect(r.text).toMatch(/Platsen (är|tillsattes)|no longer open|inte längre öppen/);

    const need = await overviewNeed(projectId, needId);
    expect(need).toMatchObject({ status: 'completed', accepted: 3, pending: 0, cancelled: 27 });
    // The cancelled ones are told the place was filled; the accepted ones get a confirmation.
    await waitFor(
      async () =>
        (await api('get', '/api/communications?type=position_filled&channel=email').expect(200))
          .body.items.length,
      (n) => n === 27,
      'position filled emails',
    );
    await waitFor(
      async () =>
        (await api('get', '/api/communications?type=confirmation&channel=email').expect(200)).body
          .items.length,
      (n) => n === 3,
      'confirmations',
    );
  });

  it('sequential: a GET never answers; decline and timeout move to the next; skips the ineligible; runs out and tells the admin', async () => {
    const [a, inactive, b, nonLocal, c] = [
      ...(await musicians(1, { localResidence: true })),
      ...(await musicians(1, { localResidence: true })),
      ...(await musicians(1, { localResidence: true })),
      ...(await musicians(1, { localResidence: false })),
      ...(await musicians(1, { localResidence: true })),
    ];
    const { projectId, needId } = await needWith([a, inactive, b, nonLocal, c], {
      quantity: 1,
      strategy: 'sequential',
      requireLocalResidence: true,
    });
    // Made inactive after ranking: the engine must skip it.
    await t.http
      .post(`/api/musicians/${inactive}/archive`)
      .set('Host', host)
      .auth(token, { type: 'bearer' })
      .expect(200);
    const preview = (await api('get', `/api/needs/${needId}/preview`).expect(200)).body;
    expect(preview.skipped.map((s: { reason: string }) => s.reason)).toEqual([
      'archived',
      'not-local',
    ]);

    await api('post', `/api/needs/${needId}/start`).expect(202);
    let need = await waitFor(
      () => overviewNeed(projectId, needId),
      (n) => n.pending === 1,
      'first request',
    );
    expect(need.timeline[0].musician.id).toBe(a);
    const aToken = await tokenFor(a);

    // Opening the link twice answers nothing.
    const page = await t.http.get(`/r/${aToken}`).set('Host', host).expect(200);
    expect(page.text).toContain('Tutti violin 2');
    expect(page.text).toContain('<form method="post"');
    await t.http.get(`/r/${aToken}`).set('Host', host).expect(200);
    expect((await overviewNeed(projectId, needId)).pending).toBe(1);

    // Decline: the next eligible musician (b) is asked by a job.
    await t.http
      .post(`/r/${aToken}`)
      .set('Host', host)
      .type('form')
      .send({ answer: 'decline', message: 'Sjuk' })
      .expect(200);
    need = await waitFor(
      () => overviewNeed(projectId, needId),
      (n) => n.timeline.length === 2 && n.pending === 1,
      'second request',
    );
    expect(need.timeline.map((r: { musician: { id: string } }) => r.musician.id)).toEqual([a, b]);
    expect(need.timeline[0]).toMatchObject({ status: 'declined', message: 'Sjuk' });
    // A second visit shows the answer already given.
    expect((await t.http.get(`/r/${aToken}`).set('Host', host).expect(200)).text).toContain(
      'har tackat nej',
    );

    // Timeout: past b's deadline the sweep (the timer's safety net) times it out; c is asked.
    clock.advance(25 * HOUR);
    expect(await t.get<RequestTimers>(RequestTimers).sweepAll()).toBeGreaterThanOrEqual(1);
    need = await waitFor(
      () => overviewNeed(projectId, needId),
      (n) => n.timeline.length === 3 && n.pending === 1,
      'third request',
    );
    expect(need.timeline[1].status).toBe('timeout');
    expect(need.timeline[2].musician.id).toBe(c);

    // c declines by phone, recorded by the admin; the list is out: the need says so, the admin is told.
    await api('post', `/api/requests/${need.timeline[2].requestId}/answer`)
      .send({ answer: 'decline', message: 'Answered by phone' })
      .expect(200);
    need = await waitFor(
      () => overviewNeed(projectId, needId),
      (n) => n.status === 'exhausted',
      'exhausted',
    );
    expect(need.timeline[2]).toMatchObject({ status: 'declined', answeredByAdmin: true });
    await waitFor(
      async () =>
        (await api('get', '/api/communications?type=list_exhausted').expect(200)).body.items.length,
      (n) => n >= 1,
      'admin notice',
    );
  });

  /** The answer token sent to a musician, read from their latest (simulated) request email. */
  async function tokenFor(musicianId: string): Promise<string> {
    const email = (await api('get', `/api/musicians/${musicianId}`).expect(200)).body
      .email as string;
    const rows = await waitFor(
      async () =>
        (
          await api(
            'get',
            `/api/communications?type=request&channel=email&recipient=${encodeURIComponent(email)}`,
          ).expect(200)
        ).body.items as Array<{ body: string; status: string }>,
      (r) => r.length > 0 && r[0].status === 'simulated',
      `request email to ${email}`,
    );
    return /\/r\/([A-Za-z0-9_-]{20,})/.exec(rows[0].body)![1];
  }

  it('answers after the deadline, while paused, or twice are told so and change nothing', async () => {
    const ids = await musicians(2);
    const { projectId, needId } = await needWith(ids, {
      quantity: 2,
      strategy: 'parallel',
      responseTimeHours: 2,
    });
    await api('post', `/api/needs/${needId}/start`).expect(202);
    await waitFor(
      () => overviewNeed(projectId, needId),
      (n) => n.pending === 2,
      'two pending',
    );
    const t1 = await tokenFor(ids[0]);
    const t2 = await tokenFor(ids[1]);

    await api('post', `/api/needs/${needId}/pause`).expect(200);
    const paused = await t.http
      .post(`/r/${t1}`)
      .set('Host', host)
      .type('form')
      .send({ answer: 'accept' });
    expect(paused.status).toBe(409);
    expect(paused.text).toContain('pausad');
    await api('post', `/api/needs/${needId}/resume`).expect(202);

    await t.http
      .post(`/r/${t1}`)
      .set('Host', host)
      .type('form')
      .send({ answer: 'accept' })
      .expect(200);
    const twice = await t.http
      .post(`/r/${t1}`)
      .set('Host', host)
      .type('form')
      .send({ answer: 'decline' });
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('har tackat ja');

    clock.advance(3 * HOUR);
    const late = await t.http
      .post(`/r/${t2}`)
      .set('Host', host)
      .type('form')
      .send({ answer: 'accept' });
    expect(late.status).toBe(409);
    expect(late.text).toContain('Svarstiden har gått ut');
    const need = await overviewNeed(projectId, needId);
    expect(need).toMatchObject({ accepted: 1, pending: 1 });

    // The late answer changed nothing; its timer, firing now, times it out and asks nobody new
    // (the list is spent). A timer firing again afterwards does nothing.
    const dispatch = t.get<RequestTimers>(RequestTimers);
    expect(await dispatch.sweepAll()).toBe(1);
    expect(await dispatch.sweepAll()).toBe(0);
    expect((await overviewNeed(projectId, needId)).timedOut).toBe(1);

    const unknown = await t.http.get('/r/not-a-real-token-at-all-000000').set('Host', host);
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('ogiltig');
  });

  it('reminds once before the deadline, and a reminder that fires after the answer does nothing', async () => {
    const ids = await musicians(2);
    const { projectId, needId } = await needWith(ids, {
      quantity: 2,
      strategy: 'parallel',
      responseTimeHours: 10,
    });
    await api('post', `/api/needs/${needId}/start`).expect(202);
    const need = await waitFor(
      () => overviewNeed(projectId, needId),
      (n) => n.pending === 2,
      'two pending',
    );
    const t0 = await tokenFor(ids[0]);
    await tokenFor(ids[1]);
    const dispatch = t.get<RequestTimers>(RequestTimers);
    // Fire the reminder jobs the engine queued (pg-boss would at their startAfter), as they are.
    const remind = async (requestId: string) => {
      const [{ id: internal }] = await adminQuery<{ id: number }>(
        t.tenantDatabaseUrl(orchestraId),
        'SELECT id FROM "Request" WHERE "requestId" = $1',
        [requestId],
      );
      const [job] = await adminQuery<{
        data: { orchestraId: string; requestId: number; sealedToken: string };
        start_after: Date;
      }>(
        t.controlUrl,
        `SELECT data, start_after FROM pgboss.job WHERE name = 'request.remind' AND (data->>'requestId')::int = $1 AND data->>'orchestraId' = $2`,
        [internal, orchestraId],
      );
      expect(job.data.sealedToken).toMatch(/^v1\./); // the token travels encrypted
      return dispatch.onReminderJob(job.data);
    };
    const [r0, r1] = need.timeline.map((r: { requestId: string }) => r.requestId);

    await t.http
      .post(`/r/${t0}`)
      .set('Host', host)
      .type('form')
      .send({ answer: 'accept' })
      .expect(200);
    clock.advance(5 * HOUR);
    expect(await remind(r0)).toBe(false); // answered: the stale reminder does nothing
    expect(await remind(r1)).toBe(true);
    expect(await remind(r1)).toBe(false); // once
    const email = (await api('get', `/api/musicians/${ids[1]}`).expect(200)).body.email;
    const reminders = await waitFor(
      async () =>
        (
          await api(
            'get',
            `/api/communications?type=reminder&recipient=${encodeURIComponent(email)}`,
          ).expect(200)
        ).body.items as Array<{ status: string; body: string }>,
      (rows) => rows.length === 1 && rows[0].status === 'simulated',
      'the reminder',
    );
    expect(reminders[0].body).toMatch(/\/r\/[A-Za-z0-9_-]{43}/);
    clock.advance(6 * HOUR);
    expect(await remind(r1)).toBe(false); // past the deadline

    const stats = (await api('get', `/api/musicians/${ids[0]}/stats`).expect(200)).body;
    expect(stats).toMatchObject({ received: 1, accepted: 1, declined: 0, timedOut: 0 });
    expect(stats.medianMinutesToAnswer).toBeGreaterThanOrEqual(0);
  });

  it('never asks a musician twice in one project, across needs', async () => {
    const ids = await musicians(2);
    const first = await needWith(ids, { quantity: 1, strategy: 'parallel' });
    await api('post', `/api/needs/${first.needId}/start`).expect(202);
    await waitFor(
      () => overviewNeed(first.projectId, first.needId),
      (n) => n.pending === 1,
      'first need asked',
    );
    const second = await needWith(ids, { quantity: 1, strategy: 'parallel' }, first.projectId);
    const preview = (await api('get', `/api/needs/${second.needId}/preview`).expect(200)).body;
    expect(preview.skipped.map((s: { reason: string }) => s.reason)).toEqual([
      'already-asked-in-project',
    ]);
    expect(preview.wouldAsk).toHaveLength(1);
  });

  it('cancels a need with its open requests, and reopens a filled need when its quantity is raised', async () => {
    const ids = await musicians(3);
    const { projectId, needId } = await needWith(ids, { quantity: 1, strategy: 'sequential' });
    await api('post', `/api/needs/${needId}/start`).expect(202);
    let need = await waitFor(
      () => overviewNeed(projectId, needId),
      (n) => n.pending === 1,
      'first request',
    );
    await api('post', `/api/requests/${need.timeline[0].requestId}/answer`)
      .send({ answer: 'accept' })
      .expect(200);
    expect((await overviewNeed(projectId, needId)).status).toBe('completed');
    const lower = await api('patch', `/api/needs/${needId}`).send({ quantity: 1 });
    expect(lower.status).toBe(400);
    expect(lower.body.error.code).toBe('need/quantity-not-raised');
    await api('patch', `/api/needs/${needId}`).send({ quantity: 2 }).expect(202);
    need = await waitFor(
      () => overviewNeed(projectId, needId),
      (n) => n.status === 'active' && n.pending === 1,
      'the next request after raising',
    );
    await api('post', `/api/needs/${needId}/cancel`).expect(200);
    need = await overviewNeed(projectId, needId);
    expect(need).toMatchObject({ status: 'cancelled', pending: 0, accepted: 1, cancelled: 1 });
    const again = await api('post', `/api/needs/${needId}/start`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('need/wrong-state');
  });

  it('completes an unfilled need only when confirmed, and tells the musicians still asked', async () => {
    const ids = await musicians(3);
    const { projectId, needId } = await needWith(ids, { quantity: 2, strategy: 'parallel' });
    await api('post', `/api/needs/${needId}/start`).expect(202);
    let need = await waitFor(
      () => overviewNeed(projectId, needId),
      (n) => n.pending === 2,
      'two asked',
    );
    const waiting = await tokenFor(ids[1]);
    await api('post', `/api/needs/${needId}/pause`).expect(200);
    const paused = await api('post', `/api/requests/${need.timeline[0].requestId}/answer`)
      .send({ answer: 'accept' })
      .expect(200);
    expect(paused.body).toEqual({ outcome: 'need-closed', needStatus: 'paused' });
    await api('post', `/api/needs/${needId}/resume`).expect(202);
    await api('post', `/api/requests/${need.timeline[0].requestId}/answer`)
      .send({ answer: 'accept' })
      .expect(200);
    const refused = await api('post', `/api/needs/${needId}/complete`).send({});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'need/unfilled',
      details: { accepted: 1, quantity: 2, field: 'confirmUnfilled' },
    });
    const done = await api('post', `/api/needs/${needId}/complete`)
      .send({ confirmUnfilled: true })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'completed', withdrawn: 1 });
    need = await overviewNeed(projectId, needId);
    expect(need).toMatchObject({ status: 'completed', accepted: 1, pending: 0, cancelled: 1 });
    // The link no longer says the place is filled: it says the request was withdrawn.
    const page = await t.http.get(`/r/${waiting}`).set('Host', host).expect(200);
    expect(page.text).toContain('återkallats');
    const email = (await api('get', `/api/musicians/${ids[1]}`).expect(200)).body.email;
    await waitFor(
      async () =>
        (
          await api(
            'get',
            `/api/communications?type=request_withdrawn&recipient=${encodeURIComponent(email)}`,
          ).expect(200)
        ).body.items as unknown[],
      (rows) => rows.length === 1,
      'the withdrawal message',
    );
    // A need must name a list to ask from.
    const project = (await ens.fixtures.project()).id;
    const noList = await api('post', `/api/projects/${project}/needs`).send({
      positionId,
      quantity: 1,
      strategy: 'sequential',
    });
    expect(noList.status).toBe(400);
    expect(noList.body.error).toMatchObject({
      code: 'need/no-list',
      details: { field: 'rankingListId' },
    });
  });

  it('asks from a custom list made for one project, in its order', async () => {
    const ids = await musicians(3);
    const project = (
      await api('post', '/api/projects').send({ name: 'Tour', startDate: '2027-06-01' }).expect(201)
    ).body.id;
    const list = await api('post', `/api/projects/${project}/custom-lists`)
      .send({ positionId, name: 'Tour list', musicianIds: [ids[2], ids[0]] })
      .expect(201);
    const need = await api('post', `/api/projects/${project}/needs`)
      .send({ positionId, quantity: 1, strategy: 'sequential', customRankingListId: list.body.id })
      .expect(201);
    const preview = (await api('get', `/api/needs/${need.body.id}/preview`).expect(200)).body;
    const names = await Promise.all(
      [ids[2], ids[0]].map(async (id) => {
        const m = (await api('get', `/api/musicians/${id}`).expect(200)).body;
        return `${m.firstName} ${m.lastName}`;
      }),
    );
    expect(preview.wouldAsk.map((w: { name: string }) => w.name)).toEqual(names);
    const both = await api('post', `/api/projects/${project}/needs`).send({
      positionId,
      quantity: 1,
      strategy: 'sequential',
      customRankingListId: list.body.id,
      rankingListId: 1,
    });
    expect(both.status).toBe(400);
    expect(both.body.error.code).toBe('need/two-lists');
    // A list of another position is refused for what it is.
    const other = await api('post', '/api/ranking-lists')
      .send({ positionId: positionId + 1, listType: listType() })
      .expect(201);
    const mismatch = await api('post', `/api/projects/${project}/needs`).send({
      positionId,
      quantity: 1,
      strategy: 'sequential',
      rankingListId: other.body.id,
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error).toMatchObject({
      code: 'need/list-mismatch',
      details: { field: 'rankingListId' },
    });
  });

  it('rejects bad input naming the field', async () => {
    const res = await api('post', '/api/projects/nope/needs').send({
      positionId: 0,
      quantity: 0,
      strategy: 'random',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.violations).toEqual(
      expect.arrayContaining(['strategy must be sequential, parallel or first_come']),
    );
    const [m] = await musicians(1);
    const list = await api('post', '/api/ranking-lists')
      .send({ positionId: positionId + 1, listType: 'Z' })
      .expect(201);
    const unq = await api('post', `/api/ranking-lists/${list.body.id}/entries`).send({
      musicianId: m,
    });
    expect(unq.status).toBe(400);
    expect(unq.body.error.code).toBe('ranking/not-qualified');
  });
});
