// The engine's middle tier: its use cases with their real repositories on a real database,
// driven directly (no HTTP), with the job queue recorded instead of run, so each step is the
// test's own and the outcomes are exact.
import { Clock } from '#tutti/common';
import { AnswerRequest, DispatchNeed, RequestTimers } from '#tutti/dispatch';
import { TenantClientPool } from '#tutti/tenancy';
import {
  adminQuery,
  createTenant,
  createTestApp,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

import { DispatchQueue } from '../src/dispatch-queue.js';

class FakeClock extends Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

/** Records what the engine queues; the test runs the jobs itself. */
const queue = { dispatched: [] as number[], timers: [] as number[] };
let listSeq = 0;
const nextListType = () =>
  String.fromCharCode(65 + Math.floor(listSeq / 26), 65 + (listSeq++ % 26));

describe('engine use cases on a real database', () => {
  let t: TestApp;
  let ens: TestTenant;
  let positionId: number;
  const clock = new FakeClock();
  const sql = async <T extends object>(text: string, params: unknown[] = []) =>
    adminQuery<T & Record<string, unknown>>(t.tenantDatabaseUrl(ens.id), text, params);

  beforeAll(async () => {
    t = await createTestApp({
      overrides: [
        { provide: Clock, useValue: clock },
        {
          provide: DispatchQueue,
          useValue: {
            dispatch: (id: number) => Promise.resolve(void queue.dispatched.push(id)),
            timers: (rs: Array<{ id: number }>) =>
              Promise.resolve(void queue.timers.push(...rs.map((r) => r.id))),
          },
        },
      ],
    });
    ens = await createTenant(t, 'engine-int');
    positionId = await ens.fixtures.position('Violin', 'Tutti violin 2');
  });
  afterAll(() => t.close());

  /** A need over `n` qualified musicians, started (active), nothing asked yet. */
  async function activeNeed(n: number, need: { quantity: number; strategy: string }) {
    const people = [];
    for (let i = 0; i < n; i++)
      people.push(await ens.fixtures.musician({ positionIds: [positionId] }));
    const list = await ens.fixtures.rankedList(
      positionId,
      people.map((p) => p.id),
      nextListType(),
    );
    const project = await ens.fixtures.project();
    const created = await ens.fixtures.need(project.id, {
      positionId,
      rankingListId: list.id,
      quantity: need.quantity,
      strategy: need.strategy as 'sequential',
      responseTimeHours: 24,
    });
    await ens.fixtures.start(created.id);
    const [row] = await sql<{ id: number }>(
      'SELECT id FROM "ProjectNeed" WHERE "projectNeedId" = $1',
      [created.id],
    );
    return { needId: row.id, people, projectId: project.id };
  }

  const dispatch = (needId: number) =>
    ens.fixtures.within(() => t.get<DispatchNeed>(DispatchNeed).execute(needId));
  const answer = (requestId: number, accept: boolean) =>
    ens.fixtures.within(() =>
      t
        .get<AnswerRequest>(AnswerRequest)
        .execute({ requestId, accept, message: null, byAdmin: false }),
    );

  it('books exactly the quantity when 30 musicians accept a first-come need at once', async () => {
    const { needId } = await activeNeed(30, { quantity: 3, strategy: 'first_come' });
    const asked = await dispatch(needId);
    expect(asked).toHaveLength(30);
    expect(await dispatch(needId)).toEqual([]); // requests are open: nobody more is asked
    const outcomes = await Promise.all(asked.map((id) => answer(id, true)));
    const kinds = outcomes.map((o) => o.kind).sort();
    expect(kinds.filter((k) => k === 'accepted')).toHaveLength(3);
    expect(
      kinds.filter((k) => k !== 'accepted' && k !== 'full' && k !== 'already-answered'),
    ).toEqual([]);
    const rows = await sql<{ status: string; n: number }>(
      'SELECT status::text, count(*)::int AS n FROM "Request" WHERE "projectNeedId" = $1 GROUP BY 1',
      [needId],
    );
    expect(Object.fromEntries(rows.map((r) => [r.status, r.n]))).toEqual({
      accepted: 3,
      cancelled: 27,
    });
    const [need] = await sql<{ status: string }>(
      'SELECT status::text FROM "ProjectNeed" WHERE id = $1',
      [needId],
    );
    expect(need.status).toBe('completed');
    // The 27 who were too late are told the place is filled; the 3 get a confirmation.
    const told = await sql<{ type: string; n: number }>(
      `SELECT type, count(DISTINCT "requestId")::int AS n FROM "CommunicationLog"
        WHERE "requestId" = ANY($1::int[]) AND type IN ('confirmation', 'position_filled') GROUP BY 1`,
      [asked],
    );
    expect(Object.fromEntries(told.map((r) => [r.type, r.n]))).toEqual({
      confirmation: 3,
      position_filled: 27,
    });
  });

  it('asks one at a time in rank order, and asks the next after a decline', async () => {
    const { needId, people } = await activeNeed(3, { quantity: 1, strategy: 'sequential' });
    const [first] = await dispatch(needId);
    expect(await dispatch(needId)).toEqual([]);
    const who = async (requestId: number) =>
      (
        await sql<{ musicianId: string }>(
          `SELECT m."musicianId" FROM "Request" r JOIN "Musician" m ON m.id = r."musicianId" WHERE r.id = $1`,
          [requestId],
        )
      )[0].musicianId;
    expect(await who(first)).toBe(people[0].id);
    queue.dispatched = [];
    expect((await answer(first, false)).kind).toBe('declined');
    expect(queue.dispatched).toEqual([needId]); // the decline asks for the next dispatch
    const [second] = await dispatch(needId);
    expect(await who(second)).toBe(people[1].id);
    expect((await answer(first, true)).kind).toBe('already-answered'); // no second answer
  });

  it('marks the need exhausted when the list runs out and tells the contact', async () => {
    const { needId } = await activeNeed(1, { quantity: 1, strategy: 'sequential' });
    const [only] = await dispatch(needId);
    await answer(only, false);
    expect(await dispatch(needId)).toEqual([]);
    const [need] = await sql<{ status: string; exhaustedAt: Date | null }>(
      'SELECT status::text, "exhaustedAt" FROM "ProjectNeed" WHERE id = $1',
      [needId],
    );
    expect(need.status).toBe('exhausted');
    expect(need.exhaustedAt).not.toBeNull();
    const mails = await sql<{ recipient: string }>(
      `SELECT recipient FROM "CommunicationLog" WHERE type = 'list_exhausted'`,
    );
    expect(mails.map((m) => m.recipient)).toEqual(['contact@engine-int.example']);
  });

  it('times a request out only once its deadline has passed, and only once', async () => {
    const { needId } = await activeNeed(2, { quantity: 1, strategy: 'sequential' });
    const [first] = await dispatch(needId);
    const timers = t.get<RequestTimers>(RequestTimers);
    const timeout = () => ens.fixtures.within(() => timers.timeout(first));
    expect(await timeout()).toBe(false);
    clock.offsetMs += 25 * 3600_000;
    queue.dispatched = [];
    expect(await timeout()).toBe(true);
    expect(await timeout()).toBe(false);
    expect(queue.dispatched).toEqual([needId]);
    expect((await answer(first, true)).kind).toBe('already-answered');
    clock.offsetMs = 0;
  });

  it('sweeps only tenants whose earliest open deadline has passed, and no idle one', async () => {
    const { needId } = await activeNeed(2, { quantity: 1, strategy: 'sequential' });
    await dispatch(needId);
    const timers = t.get<RequestTimers>(RequestTimers);
    const pool = t.get<TenantClientPool>(TenantClientPool);
    const touches = () => pool.stats().hits + pool.stats().misses;
    const nextDeadline = async () =>
      (
        await adminQuery<{ at: Date | null }>(
          t.controlUrl,
          'SELECT "nextDeadlineAt" AS at FROM "Orchestra" WHERE id = $1',
          [ens.id],
        )
      )[0].at;
    expect(await nextDeadline()).not.toBeNull();
    // Nothing is due: the sweep opens no tenant database at all.
    const before = touches();
    expect(await timers.sweepAll()).toBe(0);
    expect(touches()).toBe(before);
    // Past the deadline, it visits this tenant, times the requests out, and notes what is next.
    clock.offsetMs += 25 * 3600_000;
    expect(await timers.sweepAll()).toBeGreaterThanOrEqual(1);
    const pending = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Request" WHERE status = 'pending' AND "deadlineAt" <= now() + interval '25 hours'`,
    );
    expect(pending[0].n).toBe(0);
    const after = touches();
    expect(await timers.sweepAll()).toBe(0);
    expect(touches()).toBe(after);
    clock.offsetMs = 0;
  });
});
