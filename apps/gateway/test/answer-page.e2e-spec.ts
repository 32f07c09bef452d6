import { createTenant, createTestApp, type TestApp, type TestTenant } from '#tutti/testing';

/** The page a musician opens from an SMS, as a musician meets it. */
describe('the answer page', () => {
  let t: TestApp;
  let ens: TestTenant;
  let positionId: number;

  beforeAll(async () => {
    t = await createTestApp();
    ens = await createTenant(t, 'answers');
    positionId = await ens.fixtures.position('Violin', 'Tutti violin 2');
  });
  afterAll(() => t.close());

  /** A started need asking one musician; the link's token from the simulated email. */
  async function askOne(): Promise<string> {
    const m = await ens.fixtures.musician({ positionIds: [positionId] });
    const list = await ens.fixtures.rankedList(
      positionId,
      [m.id],
      `P${Date.now() % 100}`.replace(/\d/g, (d) => 'ABCDEFGHIJ'[+d]),
    );
    const project = await ens.fixtures.project();
    const need = await ens.fixtures.need(project.id, {
      positionId,
      quantity: 1,
      strategy: 'sequential',
      rankingListId: list.id,
    });
    await ens.fixtures.start(need.id);
    for (let i = 0; i < 100; i++) {
      const rows = (
        await ens
          .api(
            'get',
            `/api/communications?type=request&channel=email&recipient=${encodeURIComponent(m.email)}`,
          )
          .expect(200)
      ).body.items as Array<{ body: string; status: string }>;
      const token =
        rows[0]?.status === 'simulated'
          ? /\/r\/([A-Za-z0-9_-]{43})/.exec(rows[0].body)?.[1]
          : undefined;
      if (token) return token;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no request email');
  }

  it('shows the outcome after answering, not the question', async () => {
    const token = await askOne();
    const open = await t.http.get(`/r/${token}`).set('Host', ens.host).expect(200);
    expect(open.text).toContain('frågar om du kan spela');
    expect(open.text).toContain('Svara senast');
    const noChoice = await t.http
      .post(`/r/${token}`)
      .set('Host', ens.host)
      .type('form')
      .send({ answer: 'maybe' });
    expect(noChoice.status).toBe(400);
    expect(noChoice.text).toContain('Välj Ja eller Nej');
    expect(noChoice.text).toContain('<form');
    for (const [type, body] of [
      ['text/plain', 'answer=accept'],
      ['multipart/form-data; boundary=x', '--x--'],
    ]) {
      const odd = await t.http
        .post(`/r/${token}`)
        .set('Host', ens.host)
        .set('content-type', type)
        .send(body);
      expect(odd.status).toBe(400);
    }
    const done = await t.http
      .post(`/r/${token}`)
      .set('Host', ens.host)
      .type('form')
      .send({ answer: 'accept' })
      .expect(200);
    expect(done.text).toContain('Du är bokad');
    expect(done.text).not.toContain('frågar om du kan spela');
    expect(done.text).not.toContain('Svara senast');
    expect(done.text).not.toContain('<form');
    expect(done.text).toContain('contact@answers.example');
  });

  it('says a paused request will reopen, without claiming an answer was lost', async () => {
    const token = await askOne();
    const rows = (await ens.api('get', '/api/projects').expect(200)).body.items as Array<{
      id: string;
    }>;
    const overview = (await ens.api('get', `/api/projects/${rows.at(-1)!.id}`).expect(200)).body;
    await ens.api('post', `/api/needs/${overview.needs[0].id}/pause`).expect(200);
    const page = await t.http.get(`/r/${token}`).set('Host', ens.host).expect(200);
    expect(page.text).toContain('pausad just nu. Du kan svara här när den öppnas igen');
    expect(page.text).not.toContain('inte registrerats');
    const late = await t.http
      .post(`/r/${token}`)
      .set('Host', ens.host)
      .type('form')
      .send({ answer: 'accept' });
    expect(late.status).toBe(409);
    expect(late.text).toContain('ditt svar har inte registrerats');
  });

  it("answers an unknown link in the reader's language, with the ensemble's contact", async () => {
    const en = await t.http
      .get('/r/unknown-token-000000000000')
      .set('Host', ens.host)
      .set('Accept-Language', 'en-GB,en;q=0.9');
    expect(en.status).toBe(404);
    expect(en.text).toContain('This link is not valid');
    expect(en.text).toContain('contact@answers.example');
    const sv = await t.http.get('/r/unknown-token-000000000000').set('Host', ens.host);
    expect(sv.text).toContain('Länken är ogiltig');
  });
});
