import { createHmac, randomBytes } from 'node:crypto';

import twilio from 'twilio';

import {
  adminQuery,
  createTenant,
  createTestApp,
  FakeProviderServer,
  hostOf,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

const SID = `AC${'5'.repeat(32)}`;
const AUTH = 'strings-twilio-auth-token';

describe('messages through Twilio and Resend', () => {
  const provider = new FakeProviderServer();
  let t: TestApp;
  const tenants: Record<string, TestTenant> = {};
  let positionId: number;

  beforeAll(async () => {
    const base = await provider.start();
    t = await createTestApp({
      env: {
        TWILIO_BASE_URL: base,
        RESEND_BASE_URL: base,
        MESSAGE_RETRY_DELAY_SECONDS: '1',
        TRUST_PROXY: '1', // as behind one TLS-terminating proxy
      },
    });
    [tenants.strings, tenants.brass] = await Promise.all([
      createTenant(t, 'strings'),
      createTenant(t, 'brass'),
    ]);
    positionId = await tenants.strings.fixtures.position('Violin', 'Förste konsertmästare');
  });
  afterAll(async () => {
    await t.close();
    await provider.stop();
  });

  function api(s: string, method: 'get' | 'post' | 'put', path: string) {
    return tenants[s].api(method, path);
  }

  async function waitFor<T>(
    fn: () => Promise<T> | T,
    ok: (v: T) => boolean,
    what: string,
  ): Promise<T> {
    for (let i = 0; i < 150; i++) {
      const v = await fn();
      if (ok(v)) return v;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  async function addMusician(
    s: string,
    musician: { email: string; phone: string },
  ): Promise<string> {
    const m = await tenants[s].fixtures.musician({
      firstName: 'Sol',
      lastName: 'Ist',
      ...musician,
      positionIds: [positionId],
    });
    return m.id;
  }

  /** One musician, ranked alone, asked by a started need. */
  async function askOne(s: string, musician: { email: string; phone: string }, existing?: string) {
    const m = { body: { id: existing ?? (await addMusician(s, musician)) } };
    const list = await api(s, 'post', '/api/ranking-lists')
      .send({
        positionId,
        listType: `Q${musician.phone.slice(-2).replace(/\d/g, (d) => String.fromCharCode(65 + Number(d)))}`,
      })
      .expect(201);
    await api(s, 'post', `/api/ranking-lists/${list.body.id}/entries`)
      .send({ musicianId: m.body.id })
      .expect(201);
    const p = await api(s, 'post', '/api/projects')
      .send({ name: 'Mahler 5', startDate: '2027-05-03' })
      .expect(201);
    const need = await api(s, 'post', `/api/projects/${p.body.id}/needs`)
      .send({ positionId, quantity: 1, strategy: 'sequential', rankingListId: list.body.id })
      .expect(201);
    await api(s, 'post', `/api/needs/${need.body.id}/start`).expect(202);
    return {
      musicianId: m.body.id,
      projectId: p.body.id as string,
      needId: need.body.id as string,
    };
  }

  function signedPost(s: string, path: string, params: Record<string, string>, token = AUTH) {
    const url = `http://${hostOf(s)}${path}`;
    return t.http
      .post(path)
      .set('Host', hostOf(s))
      .set('X-Twilio-Signature', twilio.getExpectedTwilioSignature(token, url, params))
      .type('form')
      .send(params);
  }

  it("stores an orchestra's provider secrets encrypted and never shows them", async () => {
    const res = await api('strings', 'put', '/api/settings/messaging')
      .send({
        resendApiKey: 're_strings_key',
        emailFromAddress: 'noreply@strings.example',
        emailFromName: 'Strings SO',
        twilioAccountSid: SID,
        twilioAuthToken: AUTH,
        twilioFromNumber: '+46700000001',
        smsOnRequest: true,
      })
      .expect(200);
    expect(res.body).toMatchObject({
      hasResendApiKey: true,
      hasTwilioAuthToken: true,
      smsOnRequest: true,
    });
    expect(JSON.stringify(res.body)).not.toContain('re_strings_key');
    const [row] = await adminQuery<{ k: string; a: string }>(
      t.controlUrl,
      'SELECT "resendApiKeyEncrypted" AS k, "twilioAuthTokenEncrypted" AS a FROM "Orchestra" WHERE id = $1',
      [tenants.strings.id],
    );
    expect(row.k).toMatch(/^v1\./);
    expect(row.a).not.toContain(AUTH);
    const bad = await api('strings', 'put', '/api/settings/messaging').send({
      twilioAccountSid: 'nope',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('request/invalid');
    expect(bad.body.error.message).toContain('twilioAccountSid');
  });

  it("sends the request by SMS and email with that orchestra's credentials, and logs it without the token", async () => {
    const { projectId, needId } = await askOne('strings', {
      email: 'sol@strings.example',
      phone: '+46701234501',
    });
    const [sms] = await waitFor(
      () => provider.twilioCalls(),
      (c) => c.length >= 1,
      'the Twilio call',
    );
    const [mail] = await waitFor(
      () => provider.resendCalls(),
      (c) => c.length >= 1,
      'the Resend call',
    );

    expect(sms.path).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(sms.headers.authorization).toBe(
      `Basic ${Buffer.from(`${SID}:${AUTH}`).toString('base64')}`,
    );
    expect(sms.form.get('To')).toBe('+46701234501');
    expect(sms.form.get('From')).toBe('+46700000001');
    const link = /http:\/\/strings\.tutti\.test:3000\/r\/([A-Za-z0-9_-]{43})/.exec(
      sms.form.get('Body')!,
    );
    expect(link).not.toBeNull();
    const code = /JA (\d{4})/.exec(sms.form.get('Body')!)![1];

    expect(mail.headers.authorization).toBe('Bearer re_strings_key');
    expect(mail.json).toMatchObject({
      from: 'Strings SO <noreply@strings.example>',
      subject: expect.stringContaining('Mahler 5'),
    });
    expect([mail.json.to].flat()).toEqual(['sol@strings.example']);
    expect(String(mail.json.text)).toContain(`/r/${link![1]}`);

    const logs = await waitFor(
      async () =>
        (await api('strings', 'get', '/api/communications?type=request').expect(200)).body
          .items as Array<{
          status: string;
          channel: string;
          body: string;
          providerMessageId: string;
        }>,
      (rows) => rows.length === 2 && rows.every((r) => r.status === 'sent'),
      'both messages sent',
    );
    for (const l of logs) {
      expect(l.body).not.toContain(link![1]);
      expect(l.providerMessageId).toMatch(l.channel === 'sms' ? /^SM/ : /^re_/);
    }

    // Twilio reports delivery, signed with the orchestra's token.
    const smsLog = logs.find((l) => l.channel === 'sms')!;
    await signedPost('strings', '/api/webhooks/twilio/status', {
      MessageSid: smsLog.providerMessageId,
      MessageStatus: 'delivered',
    }).expect(204);
    const after = (
      await api('strings', 'get', '/api/communications?type=request&channel=sms').expect(200)
    ).body.items[0];
    expect(after.status).toBe('delivered');

    // The musician answers by SMS with the offer's code; a forged or replayed webhook does nothing.
    const forged = await signedPost(
      'strings',
      '/api/webhooks/twilio/sms',
      { MessageSid: 'SMin1', From: '+46701234501', Body: `JA ${code}` },
      'wrong-token',
    );
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('webhook/bad-signature');
    const reply = await signedPost('strings', '/api/webhooks/twilio/sms', {
      MessageSid: 'SMin1',
      From: '+46701234501',
      Body: ` ja ${code} `,
    }).expect(200);
    expect(reply.text).toContain('<Message>Tack! Du är bokad.');
    const replay = await signedPost('strings', '/api/webhooks/twilio/sms', {
      MessageSid: 'SMin1',
      From: '+46701234501',
      Body: `JA ${code}`,
    }).expect(200);
    expect(replay.text).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    const overview = (
      await api('strings', 'get', `/api/projects/${projectId}`).expect(200)
    ).body.needs.find((n: { id: string }) => n.id === needId);
    expect(overview).toMatchObject({ accepted: 1, status: 'completed' });
  });

  it("attaches a need's files to the request or only to the confirmation, as the admin chose", async () => {
    const musicianId = await addMusician('strings', {
      email: 'files@strings.example',
      phone: '+46701234503',
    });
    const list = await api('strings', 'post', '/api/ranking-lists')
      .send({ positionId, listType: 'FIL' })
      .expect(201);
    await api('strings', 'post', `/api/ranking-lists/${list.body.id}/entries`)
      .send({ musicianId })
      .expect(201);
    const p = await api('strings', 'post', '/api/projects')
      .send({ name: 'Files', startDate: '2027-05-03' })
      .expect(201);
    const need = await api('strings', 'post', `/api/projects/${p.body.id}/needs`)
      .send({ positionId, quantity: 1, strategy: 'sequential', rankingListId: list.body.id })
      .expect(201);
    const parts = Buffer.from('%PDF-1.4 parts').toString('base64');
    await api('strings', 'post', `/api/needs/${need.body.id}/files`)
      .send({
        fileName: 'parts.pdf',
        mimeType: 'application/pdf',
        contentBase64: parts,
        sendTiming: 'on_request',
      })
      .expect(201);
    await api('strings', 'post', `/api/needs/${need.body.id}/files`)
      .send({
        fileName: 'schedule.pdf',
        mimeType: 'application/pdf',
        contentBase64: Buffer.from('%PDF-1.4 schedule').toString('base64'),
        sendTiming: 'after_accept',
      })
      .expect(201);
    const empty = await api('strings', 'post', `/api/needs/${need.body.id}/files`).send({
      fileName: 'x',
      mimeType: 'text/plain',
      contentBase64: '====',
      sendTiming: 'on_request',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({
      code: 'file/bad-content',
      details: { field: 'contentBase64' },
    });
    // As multipart/form-data, the way a browser uploads: checked by type, size and content.
    const upload = (file: Buffer, filename: string, contentType: string) =>
      api('strings', 'post', `/api/needs/${need.body.id}/files`)
        .field('sendTiming', 'after_accept')
        .attach('file', file, { filename, contentType });
    const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), Buffer.alloc(64)]);
    const uploaded = await upload(png, 'seating.png', 'image/png').expect(201);
    expect(uploaded.body).toMatchObject({
      fileName: 'seating.png',
      mimeType: 'image/png',
      size: 72,
    });
    const exe = await upload(Buffer.from('MZ...'), 'setup.exe', 'application/x-msdownload');
    expect(exe.status).toBe(400);
    expect(exe.body.error).toMatchObject({
      code: 'file/unsupported-type',
      details: { field: 'file' },
    });
    const fake = await upload(Buffer.from('not a pdf'), 'parts.pdf', 'application/pdf');
    expect(fake.body.error.code).toBe('file/type-mismatch');
    const huge = await upload(Buffer.alloc(10 * 1024 * 1024 + 1, 1), 'huge.pdf', 'application/pdf');
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('request/too-large');
    expect(huge.body.requestId).toEqual(expect.any(String));
    const listed = (await api('strings', 'get', `/api/needs/${need.body.id}/files`).expect(200))
      .body.items;
    expect(listed.map((f: { fileName: string }) => f.fileName)).toEqual([
      'parts.pdf',
      'schedule.pdf',
      'seating.png',
    ]);
    await api('strings', 'post', `/api/needs/${need.body.id}/start`).expect(202);
    const request = await waitFor(
      () =>
        provider.resendCalls().filter((c) => [c.json.to].flat().includes('files@strings.example')),
      (c) => c.length === 1,
      'the request email',
    );
    expect(request[0].json.attachments).toEqual([{ filename: 'parts.pdf', content: parts }]);
    const tok = /\/r\/([A-Za-z0-9_-]{43})/.exec(String(request[0].json.text))![1];
    await t.http
      .post(`/r/${tok}`)
      .set('Host', hostOf('strings'))
      .type('form')
      .send({ answer: 'accept' })
      .expect(200);
    const confirmation = await waitFor(
      () =>
        provider.resendCalls().filter((c) => [c.json.to].flat().includes('files@strings.example')),
      (c) => c.length === 2,
      'the confirmation',
    );
    expect(
      (confirmation[1].json.attachments as Array<{ filename: string }>).map((a) => a.filename),
    ).toEqual(['schedule.pdf', 'seating.png', 'tutti.ics']); // the uploaded part travels like the others, and the dates as a calendar file
  });

  it('retries a send the provider refused, and sends it once', async () => {
    provider.failNext = { count: 1, path: /^\/emails$/ };
    const before = provider.resendCalls().length;
    await askOne('strings', { email: 'retry@strings.example', phone: '+46701234504' });
    const rows = await waitFor(
      async () =>
        (
          await api(
            'strings',
            'get',
            '/api/communications?channel=email&recipient=retry%40strings.example',
          ).expect(200)
        ).body.items as Array<{ status: string; attempts: number; error: string | null }>,
      (r) => r.length === 1 && r[0].status === 'sent',
      'the retried email',
    );
    expect(rows[0]).toMatchObject({ attempts: 2 });
    expect(rows[0].error).toContain('injected failure');
    const calls = provider
      .resendCalls()
      .slice(before)
      .filter((c) => [c.json.to].flat().includes('retry@strings.example'));
    expect(calls).toHaveLength(2); // the refused one and the retry: never a third
  });

  it('treats bare carrier keywords as opt-out, never as answers, and then sends email only', async () => {
    const help = await signedPost('strings', '/api/webhooks/twilio/sms', {
      MessageSid: 'SMin2',
      From: '+46701234502',
      Body: 'YES please',
    }).expect(200);
    expect(help.text).toContain('JA eller NEJ');
    const musician = { email: 'opt@strings.example', phone: '+46701234502' };
    const musicianId = await addMusician('strings', musician);
    const stop = await signedPost('strings', '/api/webhooks/twilio/sms', {
      MessageSid: 'SMin3',
      From: '+46701234502',
      Body: 'STOP',
      OptOutType: 'STOP',
    }).expect(200);
    expect(stop.text).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>'); // Twilio confirms opt-outs itself
    expect(
      (await api('strings', 'get', `/api/musicians/${musicianId}`).expect(200)).body.smsOptedOut,
    ).toBe(true);
    const before = provider.twilioCalls().length;
    await askOne('strings', musician, musicianId);
    await waitFor(
      async () =>
        (
          await api('strings', 'get', '/api/communications?recipient=opt%40strings.example').expect(
            200,
          )
        ).body.items as Array<{ status: string }>,
      (rows) => rows.length === 1 && rows[0].status === 'sent',
      'the email, sent',
    );
    expect(
      (await api('strings', 'get', '/api/communications?recipient=%2B46701234502').expect(200)).body
        .items,
    ).toEqual([]);
    expect(provider.twilioCalls().length).toBe(before);
  });

  it("checks Twilio signatures behind a TLS-terminating proxy and takes Resend delivery events signed with the orchestra's secret", async () => {
    // The proxy speaks https to Twilio and http to us: the signed URL is the https one.
    const params = { MessageSid: 'SMproxy', From: '+46709990000', Body: 'hello' };
    const url = `https://${hostOf('strings')}/api/webhooks/twilio/sms`;
    const viaProxy = await t.http
      .post('/api/webhooks/twilio/sms')
      .set('Host', hostOf('strings'))
      .set('X-Forwarded-Proto', 'https')
      .set('X-Twilio-Signature', twilio.getExpectedTwilioSignature(AUTH, url, params))
      .type('form')
      .send(params);
    expect(viaProxy.status).toBe(200);

    const secretBytes = randomBytes(24);
    await api('strings', 'put', '/api/settings/messaging')
      .send({ resendWebhookSecret: `whsec_${secretBytes.toString('base64')}` })
      .expect(200);
    const email = (
      await api(
        'strings',
        'get',
        '/api/communications?type=request&channel=email&recipient=sol%40strings.example',
      ).expect(200)
    ).body.items[0];
    const payload = JSON.stringify({
      type: 'email.delivered',
      created_at: new Date().toISOString(),
      data: { email_id: email.providerMessageId },
    });
    const id = 'msg_1';
    const ts = String(Math.floor(Date.now() / 1000));
    const sign = (key: Buffer) =>
      `v1,${createHmac('sha256', key).update(`${id}.${ts}.${payload}`).digest('base64')}`;
    const post = (signature: string) =>
      t.http
        .post('/api/webhooks/resend')
        .set('Host', hostOf('strings'))
        .set('content-type', 'application/json')
        .set('svix-id', id)
        .set('svix-timestamp', ts)
        .set('svix-signature', signature)
        .send(payload);
    const forgedEvent = await post(sign(randomBytes(24)));
    expect(forgedEvent.status).toBe(403);
    expect(forgedEvent.body.error.code).toBe('webhook/bad-signature');
    await post(sign(secretBytes)).expect(204);
    const after = (
      await api(
        'strings',
        'get',
        '/api/communications?type=request&channel=email&recipient=sol%40strings.example',
      ).expect(200)
    ).body.items[0];
    expect(after.status).toBe('delivered');
  });

  it('simulates for an orchestra without credentials: logged, nothing sent', async () => {
    const before = provider.calls.length;
    await askOne('brass', { email: 'tuba@brass.example', phone: '+46709999901' });
    const logs = await waitFor(
      async () =>
        (await api('brass', 'get', '/api/communications?type=request').expect(200)).body
          .items as Array<{
          status: string;
          body: string;
        }>,
      (rows) => rows.length === 1 && rows[0].status === 'simulated',
      'simulated email',
    );
    expect(logs[0].body).toMatch(/http:\/\/brass\.tutti\.test:3000\/r\/[A-Za-z0-9_-]{43}/);
    expect(provider.calls.length).toBe(before);
  });
});
