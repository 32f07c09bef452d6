import { createTenant, createTestApp, type TestApp, type TestTenant } from '#tutti/testing';

/** Ranking lists under concurrent edits: every change is computed inside the list's lock. */
describe('ranking lists', () => {
  let t: TestApp;
  let ens: TestTenant;
  let positionId: number;

  beforeAll(async () => {
    t = await createTestApp();
    ens = await createTenant(t, 'rankings');
    positionId = await ens.fixtures.position('Violin', 'Tutti violin 2');
  });
  afterAll(() => t.close());

  const qualified = (n: number) =>
    Promise.all(
      Array.from({ length: n }, () => ens.fixtures.musician({ positionIds: [positionId] })),
    );
  const entriesOf = async (listId: number) =>
    (
      (await ens.api('get', `/api/ranking-lists?positionId=${positionId}`).expect(200)).body
        .items as Array<{ id: number; entries: Array<{ rank: number; musicianId: string }> }>
    ).find((l) => l.id === listId)!.entries;

  it('keeps all of 20 musicians added at the same moment, ranked 1..20 without gaps', async () => {
    const people = await qualified(20);
    const list = (await ens.fixtures.rankedList(positionId, [], 'R')).id;
    const answers = await Promise.all(
      people.map((m) =>
        ens.api('post', `/api/ranking-lists/${list}/entries`).send({ musicianId: m.id }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 201));
    const entries = await entriesOf(list);
    expect(entries.map((e) => e.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.musicianId))).toEqual(new Set(people.map((m) => m.id)));
  });

  it('loses nothing when additions, moves and removals of one list race', async () => {
    const people = await qualified(12);
    const list = (
      await ens.fixtures.rankedList(
        positionId,
        people.slice(0, 6).map((m) => m.id),
        'S',
      )
    ).id;
    const [a, b, c] = people;
    await Promise.all([
      ...people
        .slice(6)
        .map((m) =>
          ens
            .api('post', `/api/ranking-lists/${list}/entries`)
            .send({ musicianId: m.id, rank: 1 })
            .expect(201),
        ),
      ens
        .api('post', `/api/ranking-lists/${list}/entries/${a.id}/move`)
        .send({ rank: 6 })
        .expect(200),
      ens.api('delete', `/api/ranking-lists/${list}/entries/${b.id}`).expect(200),
      ens
        .api('post', `/api/ranking-lists/${list}/entries/${c.id}/move`)
        .send({ rank: 1 })
        .expect(200),
    ]);
    const entries = await entriesOf(list);
    expect(entries.map((e) => e.rank)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    const expected = people.filter((m) => m !== b).map((m) => m.id);
    expect(new Set(entries.map((e) => e.musicianId))).toEqual(new Set(expected));
  });

  it('refuses a musician who is already on the list, unqualified, or not there to move', async () => {
    const [m, stranger] = await qualified(2);
    const unqualified = await ens.fixtures.musician();
    const list = (await ens.fixtures.rankedList(positionId, [m.id], 'T')).id;
    const twice = await ens
      .api('post', `/api/ranking-lists/${list}/entries`)
      .send({ musicianId: m.id });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({
      code: 'ranking/already-on-list',
      details: { field: 'musicianId' },
    });
    const unq = await ens
      .api('post', `/api/ranking-lists/${list}/entries`)
      .send({ musicianId: unqualified.id });
    expect(unq.status).toBe(400);
    expect(unq.body.error.code).toBe('ranking/not-qualified');
    const move = await ens
      .api('post', `/api/ranking-lists/${list}/entries/${stranger.id}/move`)
      .send({ rank: 1 });
    expect(move.status).toBe(404);
    expect(move.body.error.code).toBe('ranking/not-on-list');
    const noList = await ens
      .api('post', '/api/ranking-lists/999999/entries')
      .send({ musicianId: m.id });
    expect(noList.status).toBe(404);
    expect(noList.body.error.code).toBe('ranking-list/not-found');
    expect((await entriesOf(list)).map((e) => e.musicianId)).toEqual([m.id]);
  });
});
