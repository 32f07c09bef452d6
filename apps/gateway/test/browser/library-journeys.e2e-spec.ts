import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import {
  adminQuery,
  type BrowserStack,
  createTenant,
  describeInBrowser,
  eventually,
  screenshots,
  see,
  startBrowserStack,
  type TestTenant,
} from '#tutti/testing';
import { verifyTuttiSignature } from '#tutti/webhooks';

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(3000, 'x'),
  Buffer.from('\n%%EOF'),
]);

/**
 * The library, pages, announcements and personal data in a real Chromium: a librarian uploads
 * a part and hands it out for a concert, a member finds a piece with a typo and opens their
 * part from their own page, the secretary publishes a page and an announcement, and the
 * administrator exports and anonymises a person.
 */
describeInBrowser('library, pages, announcements and personal data in a browser', () => {
  let stack: BrowserStack;
  let band: TestTenant;
  let db: string;
  const members: Record<string, string> = {};
  let concertId = '';

  beforeAll(async () => {
    stack = await startBrowserStack({
      env: { FILE_STORAGE_DIR: mkdtempSync(join(tmpdir(), 'tutti-browser-files-')) },
    });
    band = await createTenant(stack.t, 'library');
    db = stack.t.tenantDatabaseUrl(band.id);
    for (const [first, last] of [
      ['Flora', 'Flute'],
      ['Olle', 'Oboe'],
    ]) {
      const res = await band
        .api('post', '/api/musicians')
        .send({
          firstName: first,
          lastName: last,
          email: `${first.toLowerCase()}@library.example`,
          phone: '+46705555555',
          membershipStatus: 'active',
        })
        .expect(201);
      members[first] = res.body.id;
    }
    const start = new Date(Date.now() + 20 * 86_400_000);
    start.setUTCHours(17, 0, 0, 0);
    const concert = await band
      .api('post', '/api/events')
      .send({
        title: 'Winter concert',
        type: 'concert',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
        status: 'published',
      })
      .expect(201);
    concertId = concert.body.id;
  }, 120_000);

  afterAll(() => stack?.close());

  async function signIn(page: Page) {
    await page.goto(`${stack.tenantUrl('library')}/`);
    await page.getByLabel('Email').fill(band.login.email);
    await page.getByLabel('Password').fill(band.login.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await see.visible(page.getByRole('heading', { name: 'Overview' }));
  }

  it('a librarian uploads a part and hands it out for a concert; a member finds the piece with a typo and opens the part from their own page', async () => {
    const { page } = await stack.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    await page.getByRole('button', { name: 'New piece' }).click();
    await page.getByLabel('Title').fill('Finlandia');
    await page.getByLabel('Composer').fill('Jean Sibelius');
    await page.getByLabel('Catalog number').fill('ORK-0001');
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await see.visible(page.getByRole('heading', { name: /Finlandia/ }));

    // The flute part as a PDF, then the part printed from it.
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'Finlandia - Flute 1.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByLabel('Kind of file').selectOption({ label: 'Part' });
    await page.getByRole('button', { name: 'Upload' }).click();
    await see.visible(page.getByText('Finlandia - Flute 1.pdf'));
    await page.getByLabel('Part', { exact: true }).fill('Flute 1');
    await page.getByLabel('Printed from').selectOption({ label: 'Finlandia - Flute 1.pdf' });
    await page.getByRole('button', { name: 'Add part' }).click();
    await see.visible(page.getByRole('region', { name: 'Parts' }).getByText('Flute 1'));

    // A file of the wrong kind is refused with a message, and nothing is added.
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'notes.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ'),
    });
    await page.getByRole('button', { name: 'Upload' }).click();
    await see.visible(page.getByText(/are not accepted/));

    // The concert plays it: on the programme, then the part to Flora.
    await page.getByLabel('Event', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Add to the programme' }).click();
    await see.visible(page.getByText('On the programme of'));
    await page.getByLabel('Flora Flute').check();
    await page.getByRole('button', { name: 'Hand out part' }).click();
    await see.visible(
      page.getByRole('list', { name: 'Parts handed out' }).getByText('Flute 1: Flora Flute'),
    );
    await screenshots(page, 'library-piece');

    // The librarian downloads the file through its signed link.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Finlandia - Flute 1.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Finlandia - Flute 1.pdf');
    expect(readFileSync(await download.path()).equals(PDF)).toBe(true);

    // Someone looking for it types it wrong and still finds it.
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    await page.getByLabel('Search').fill('Finlandja');
    await page.getByRole('button', { name: 'Find' }).click();
    await see.visible(page.getByRole('link', { name: 'Finlandia' }));
    await page.getByLabel('Search').fill('Sibelus');
    await page.getByRole('button', { name: 'Find' }).click();
    await see.visible(page.getByRole('link', { name: 'Finlandia' }));

    // Flora opens her own page on her phone and fetches her part.
    const link = await band.api('post', `/api/musicians/${members.Flora}/member-link`).expect(201);
    const phone = await stack.newPage({ width: 390 });
    await phone.page.goto(`${link.body.url}?lang=en`);
    await see.visible(phone.page.getByRole('heading', { name: 'Your parts' }));
    const [part] = await Promise.all([
      phone.page.waitForEvent('download'),
      phone.page.getByRole('link', { name: 'Download' }).click(),
    ]);
    expect(readFileSync(await part.path()).equals(PDF)).toBe(true);
    const logged = await adminQuery<{ musicianId: number | null; userId: string | null }>(
      db,
      'SELECT "musicianId", "userId" FROM "FileDownload" ORDER BY id',
    );
    expect(logged.map((r) => [r.userId !== null, r.musicianId !== null])).toEqual([
      [true, false],
      [false, true],
    ]);
    const assigned = await band
      .api('get', `/api/library/events/${concertId}/assignments`)
      .expect(200);
    expect(assigned.body.items).toHaveLength(1);
  });

  it('the secretary publishes a page whose script never runs, restores an earlier version, and sends an urgent announcement to a section with read receipts', async () => {
    const { page } = await stack.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Pages' }).click();
    await page.getByLabel('Page title').fill('About us');
    await page.getByRole('button', { name: 'New page' }).click();
    await see.visible(page.getByRole('heading', { name: 'About us' }));
    await page
      .getByLabel('Text')
      .fill(
        '<h2>Since 1921</h2><p>We play.</p><img src="x" onerror="window.pwned=1"><script>window.pwned=2</script>',
      );
    await page.getByRole('button', { name: 'Save page' }).click();
    await see.visible(page.getByText('Saved as a new version.'));
    await page.getByLabel('Text').fill('<p>Oops, everything deleted.</p>');
    await page.getByRole('button', { name: 'Save page' }).click();
    await see.visible(page.getByRole('heading', { name: 'Content (version 3)' }));
    await page.getByRole('button', { name: 'Restore version 2' }).click();
    await see.visible(page.getByRole('heading', { name: 'Content (version 4)' }));
    await page.getByRole('button', { name: 'Publish now' }).click();
    await see.visible(page.getByText('The page is on the public site.'));

    const visitor = await stack.newPage();
    await visitor.page.goto(`${stack.tenantUrl('library')}/public/pages/about-us`);
    await see.visible(visitor.page.getByRole('heading', { name: 'Since 1921' }));
    expect(
      await visitor.page.evaluate(() => (globalThis as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(await visitor.page.locator('script').count()).toBe(0);

    // An urgent announcement to the woodwinds only.
    const section = await band.api('post', '/api/sections').send({ name: 'Woodwinds' }).expect(201);
    await band
      .api('put', `/api/sections/${section.body.id}/members/${members.Olle}`)
      .send({})
      .expect(200);
    await page.getByRole('link', { name: 'Announcements' }).click();
    await page.getByLabel('Subject').fill('Sectional moved to room B');
    await page.getByLabel('Message').fill('Thursday 19:00, room B.');
    await page.getByLabel('Woodwinds').check();
    await page.getByLabel('Urgent: also send by email and SMS').check();
    await page.getByRole('button', { name: 'Save announcement' }).click();
    await see.visible(page.getByText('0 of 1 read'));
    await see.visible(
      page
        .getByRole('table', { name: 'Read receipts' })
        .getByRole('row', { name: /Olle Oboe Not read/ }),
    );
    await eventually(async () => {
      const sent = await adminQuery<{ channel: string }>(
        db,
        `SELECT channel::text FROM "CommunicationLog" WHERE type = 'announcement' ORDER BY channel`,
      );
      expect(sent.map((s) => s.channel)).toEqual(['email', 'sms']);
    });
    // Olle reads it on his own page; the receipt shows in the app.
    const link = await band.api('post', `/api/musicians/${members.Olle}/member-link`).expect(201);
    const phone = await stack.newPage({ width: 390 });
    await phone.page.goto(`${link.body.url}?lang=en`);
    await see.visible(phone.page.getByText('Sectional moved to room B'));
    await phone.page.getByRole('button', { name: 'Mark as read' }).click();
    await see.visible(phone.page.getByRole('heading', { name: 'Announcements' }));
    expect(await phone.page.getByRole('button', { name: 'Mark as read' }).count()).toBe(0);
    await page.reload();
    await see.visible(page.getByText('1 of 1 read'));
  });

  it('the administrator downloads a person’s data, anonymises them, and runs the clean-up', async () => {
    const { page } = await stack.newPage();
    await signIn(page);
    await page.goto(`${stack.tenantUrl('library')}/musicians/${members.Olle}`);
    await see.visible(page.getByRole('heading', { name: 'Olle Oboe' }));
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download their data' }).click(),
    ]);
    const data = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(data.person.email).toBe('olle@library.example');
    expect(data.announcements[0].title).toBe('Sectional moved to room B');
    expect(JSON.stringify(data)).not.toContain('flora@library.example');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Anonymise' }).click();
    await see.visible(page.getByText('Anonymised.'));
    await see.visible(page.getByRole('heading', { name: 'Deleted member' }));

    await page.getByRole('link', { name: 'Personal data' }).click();
    await page.getByRole('button', { name: 'Clean up now' }).click();
    await see.visible(page.getByRole('cell', { name: 'Download log' }));
    await page.getByLabel('Email address').fill('nobody@public.example');
    await page.getByRole('button', { name: 'Erase' }).click();
    await see.visible(page.getByText('0 entries erased.'));
  });

  it('the administrator registers a webhook endpoint, sees a signed delivery arrive, and sends it again', async () => {
    const got: Array<{ signature: string; body: string }> = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        got.push({ signature: String(req.headers['tutti-signature']), body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/tutti`;
    try {
      const { page } = await stack.newPage();
      await signIn(page);
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('Address', { exact: true }).fill(url);
      await page.getByLabel('musician.created').check();
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const secret = (await page.locator('.once code').last().textContent())!.trim();
      expect(secret).toMatch(/^whsec_/);
      await see.visible(page.getByRole('list', { name: 'Endpoints' }).getByText(url));

      await band
        .api('post', '/api/musicians')
        .send({ firstName: 'Webb', lastName: 'Hook', email: 'webb@library.example' })
        .expect(201);
      await eventually(() => expect(got).toHaveLength(1));
      expect(verifyTuttiSignature(secret, got[0].signature, got[0].body)).toBe(true);
      const deliveries = page.getByRole('table', { name: 'Deliveries' });
      await see.visible(deliveries.getByRole('row', { name: /musician\.created Succeeded 1/ }));
      await deliveries.getByRole('button', { name: 'Send again' }).first().click();
      await eventually(() => expect(got).toHaveLength(2));
      expect(JSON.parse(got[1].body).id).toBe(JSON.parse(got[0].body).id);
    } finally {
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });
});
