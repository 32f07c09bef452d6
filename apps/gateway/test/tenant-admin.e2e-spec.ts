import { createTenant, createTestApp, hostOf, type TestApp } from '#tutti/testing';

describe('tenant administration: import, templates, group email', () => {
  let t: TestApp;
  let token: string;
  const host = hostOf('admin-tools');

  beforeAll(async () => {
    t = await createTestApp();
    token = (await createTenant(t, 'admin-tools')).token;
  });
  afterAll(() => t.close());

  const api = (method: 'get' | 'post' | 'put' | 'patch', path: string) =>
    t.http[method](path).set('Host', host).auth(token, { type: 'bearer' });

  it('imports musicians from CSV all or nothing, with a report of each rejected row', async () => {
    const bad = [
      'firstName;lastName;email;phone;preferredLanguage;localResidence',
      'Åsa;Öberg;asa@example.se;+46701112233;sv;ja',
      ';Nilsson;not-an-email;0701;de;kanske',
      'Bo;Ek;asa@example.se;;en;nej',
    ].join('\n');
    const rejected = await api('post', '/api/musicians/import').send({ csv: bad });
    expect(rejected.status).toBe(400);
    expect(rejected.body.error.code).toBe('import/rejected');
    expect(rejected.body.error.details.rejected).toEqual([
      {
        line: 3,
        email: 'not-an-email',
        errors: [
          'firstName is empty',
          'email is not an email address',
          'phone is not a phone number (e.g. 070-123 45 67)',
          'preferredLanguage must be sv or en',
          'localResidence must be true or false',
        ],
      },
      { line: 4, email: 'asa@example.se', errors: ['email repeats line 2'] },
    ]);
    expect((await api('get', '/api/musicians').expect(200)).body.total).toBe(0);

    const good =
      'firstName,lastName,email,phone,localResidence,notes\n"Åsa","Öberg",asa@example.se,+46 70 111 22 33,ja,"Spelar också viola, ibland"\nBo,Ek,bo@example.se,070-222 33 44,,\n';
    const ok = await api('post', '/api/musicians/import').send({ csv: good }).expect(201);
    expect(ok.body).toEqual({ imported: 2, rejected: [] });
    const bo = (await api('get', '/api/musicians?q=bo@example.se').expect(200)).body.items[0];
    expect(bo.phone).toBe('+46702223344');
    const list = (await api('get', '/api/musicians?q=öberg').expect(200)).body.items;
    expect(list[0]).toMatchObject({
      phone: '+46701112233',
      localResidence: true,
      notes: 'Spelar också viola, ibland',
    });
    const again = await api('post', '/api/musicians/import').send({ csv: good });
    expect(again.body.error.details.rejected[0].errors).toEqual([
      'email belongs to a musician already',
    ]);
    const header = await api('post', '/api/musicians/import').send({ csv: 'name,mail\nx,y' });
    expect(header.body.error.message).toMatch(
      /lacks firstName, lastName, email and has unknown columns name, mail/,
    );
  });

  it('edits musicians, instruments and positions; a duplicate email is a 409 naming the rule', async () => {
    const m = (
      await api('post', '/api/musicians')
        .send({ firstName: 'Edit', lastName: 'Me', email: 'edit@example.se' })
        .expect(201)
    ).body;
    const updated = await api('patch', `/api/musicians/${m.id}`)
      .send({ phone: '+46705556677', isActive: false })
      .expect(200);
    expect(updated.body).toMatchObject({
      phone: '+46705556677',
      isActive: false,
      email: 'edit@example.se',
    });
    const bad = await api('patch', `/api/musicians/${m.id}`).send({ phone: '0705' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: 'request/invalid-phone',
      details: { field: 'phone' },
    });
    // Staff type the national format of the ensemble's country (Sweden by default).
    const typed = await api('patch', `/api/musicians/${m.id}`)
      .send({ phone: '070-123 45 67' })
      .expect(200);
    expect(typed.body.phone).toBe('+46701234567');
    const cleared = await api('patch', `/api/musicians/${m.id}`).send({ phone: null }).expect(200);
    expect(cleared.body.phone).toBeNull();
    const dup = await api('post', '/api/musicians').send({
      firstName: 'X',
      lastName: 'Y',
      email: 'EDIT@example.se',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({
      code: 'record/duplicate',
      message: 'Another record already has this email',
      details: { field: 'email' },
    });
    // A missing field is said to be required, not to be malformed.
    const missing = await api('post', '/api/musicians').send({ firstName: 'X', lastName: 'Y' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.violations).toContain('email is required');
    // A position that does not exist, named as the field it was given in.
    const ghost = await api('post', '/api/ranking-lists').send({
      positionId: 999999,
      listType: 'Q',
    });
    expect(ghost.status).toBe(400);
    expect(ghost.body.error).toMatchObject({
      code: 'record/invalid-reference',
      details: { field: 'positionId' },
    });
    const inst = await api('post', '/api/instruments').send({ name: 'Blockflöjt' }).expect(201);
    const pos = await api('post', `/api/instruments/${inst.body.id}/positions`)
      .send({ name: 'Sopran', hierarchyLevel: 1 })
      .expect(201);
    const list = (await api('get', '/api/instruments').expect(200)).body.items;
    expect(list.at(-1)).toMatchObject({
      name: 'Blockflöjt',
      positions: [{ id: pos.body.id, name: 'Sopran' }],
    });
  });

  it('keeps an ensemble within its plan, and shows superadmins its usage', async () => {
    const tiny = await t.provision('tiny', { plan: 'small' });
    await t.waitForStatus(tiny.id, ['active']);
    const tinyToken = await t.tenantAdminToken(tiny.id, 'tiny');
    const rows = Array.from({ length: 75 }, (_, i) => `M${i},Small,m${i}@tiny.example`).join('\n');
    const tinyApi = (method: 'get' | 'post', path: string) =>
      t.http[method](path).set('Host', hostOf('tiny')).auth(tinyToken, { type: 'bearer' });
    const over = await tinyApi('post', '/api/musicians/import').send({
      csv: `firstName,lastName,email\n${rows}\nOne,Toomany,x@tiny.example`,
    });
    expect(over.status).toBe(403);
    expect(over.body.error).toMatchObject({
      code: 'plan/musicians-limit',
      details: { limit: 75, plan: 'small', setting: 'maxMusicians' },
    });
    expect((await tinyApi('get', '/api/musicians').expect(200)).body.total).toBe(0); // nothing half-imported
    await tinyApi('post', '/api/musicians/import')
      .send({ csv: `firstName,lastName,email\n${rows}` })
      .expect(201);
    const one = await tinyApi('post', '/api/musicians').send({
      firstName: 'One',
      lastName: 'More',
      email: 'more@tiny.example',
    });
    expect(one.status).toBe(403);
    expect(one.body.error.code).toBe('plan/musicians-limit');
    const usage = await t.http
      .get(`/platform/orchestras/${tiny.id}/usage`)
      .set('Host', 'admin.tutti.test')
      .auth(await t.superadminToken(), { type: 'bearer' })
      .expect(200);
    expect(usage.body).toMatchObject({
      plan: 'small',
      limits: { maxMusicians: 75, maxProjects: 10 },
      musicians: 75,
      projects: 0,
    });
  });

  it('lets the tenant edit a template, refuses unknown variables, and previews it', async () => {
    const unknown = await api('put', '/api/email-templates/request/en').send({
      subject: 'Hi {{firstname}}',
      body: 'x',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('Unknown variables: firstname');
    await api('put', '/api/email-templates/request/en')
      .send({
        subject: 'Can you play {{positionName}}?',
        body: 'Dear {{firstName}}, answer by {{deadline}}: {{responseUrl}}',
      })
      .expect(200);
    const preview = await api('post', '/api/email-templates/request/en/preview')
      .send({})
      .expect(200);
    expect(preview.body).toMatchObject({
      subject: 'Can you play Violin, Tutti violin 2?',
      unknownVariables: [],
    });
    expect(preview.body.body).toMatch(
      /^Dear Astrid, answer by 1 Mar 2027, 12:00: https:\/\/admin-tools\.example\/r\/…$/,
    );
  });

  it('sends a group email to everyone booked in a project', async () => {
    const instruments = (await api('get', '/api/instruments').expect(200)).body.items;
    const positionId = instruments[0].positions[0].id;
    const ids: string[] = [];
    for (const n of ['Ann', 'Ben', 'Cid']) {
      const m = await api('post', '/api/musicians')
        .send({ firstName: n, lastName: 'G', email: `${n.toLowerCase()}@group.example` })
        .expect(201);
      await api('put', `/api/musicians/${m.body.id}/qualifications`)
        .send({ positionIds: [positionId] })
        .expect(200);
      ids.push(m.body.id);
    }
    const list = await api('post', '/api/ranking-lists')
      .send({ positionId, listType: 'G' })
      .expect(201);
    for (const id of ids)
      await api('post', `/api/ranking-lists/${list.body.id}/entries`)
        .send({ musicianId: id })
        .expect(201);
    const p = await api('post', '/api/projects')
      .send({ name: 'Brahms', startDate: '2027-04-05' })
      .expect(201);
    const need = await api('post', `/api/projects/${p.body.id}/needs`)
      .send({ positionId, quantity: 2, strategy: 'parallel', rankingListId: list.body.id })
      .expect(201);
    await api('post', `/api/needs/${need.body.id}/start`).expect(202);
    let overview: { needs: Array<{ timeline: Array<{ requestId: string }> }> } = { needs: [] };
    for (let i = 0; i < 100 && !(overview.needs[0]?.timeline.length === 2); i++) {
      await new Promise((r) => setTimeout(r, 100));
      overview = (await api('get', `/api/projects/${p.body.id}`).expect(200)).body;
    }
    for (const r of overview.needs[0].timeline)
      await api('post', `/api/requests/${r.requestId}/answer`)
        .send({ answer: 'accept', message: 'Phone' })
        .expect(200);
    const sent = await api('post', `/api/projects/${p.body.id}/group-email`)
      .send({ subject: 'Schema', body: 'Hej {{firstName}}! Välkommen till {{projectName}}.' })
      .expect(202);
    expect(sent.body.recipients).toBe(2);
    const logs = (await api('get', '/api/communications?type=group_email').expect(200)).body
      .items as Array<{ recipient: string; body: string }>;
    expect(logs.map((l) => l.recipient).sort()).toEqual(['ann@group.example', 'ben@group.example']);
    expect(logs.find((l) => l.recipient === 'ann@group.example')!.body).toBe(
      'Hej Ann! Välkommen till Brahms.',
    );
  });
});
