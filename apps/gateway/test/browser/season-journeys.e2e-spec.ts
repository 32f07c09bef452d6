import type { Page } from 'playwright-core';

import {
  type BrowserStack,
  createTenant,
  describeInBrowser,
  eventually,
  screenshots,
  see,
  startBrowserStack,
  type TestTenant,
} from '#tutti/testing';

/**
 * The ensemble's season in a real Chromium: a secretary plans a concert and a rehearsal
 * series, a section leader marks attendance on a phone, and a member of the public joins the
 * concert's waitlist on its public page with JavaScript turned off.
 */
describeInBrowser("the ensemble's season in a browser", () => {
  let stack: BrowserStack;
  let band: TestTenant;
  const members: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startBrowserStack();
    band = await createTenant(stack.t, 'season');
    await band.fixtures.project({ name: 'Spring week', startDate: '2027-05-17' });
    for (const [first, last] of [
      ['Alva', 'Horn'],
      ['Bengt', 'Trumpet'],
    ]) {
      const res = await band
        .api('post', '/api/musicians')
        .send({
          firstName: first,
          lastName: last,
          email: `${first.toLowerCase()}@season.example`,
          membershipStatus: 'active',
        })
        .expect(201);
      members[first] = res.body.id;
    }
  }, 120_000);

  afterAll(() => stack?.close());

  /** The newest link of the `count`th simulated waitlist email to an address. */
  async function linkIn(email: string, count: number): Promise<string> {
    let link: string | undefined;
    await eventually(async () => {
      const res = await band
        .api('get', '/api/communications?type=waitlist&channel=email&pageSize=100')
        .expect(200);
      const mails = (
        res.body.items as Array<{
          recipient: string;
          status: string;
          body: string;
          createdAt: string;
        }>
      )
        .filter((m) => m.recipient === email && m.status === 'simulated')
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      expect(mails.length).toBeGreaterThanOrEqual(count);
      link = mails[count - 1].body.match(/https?:\/\/\S+\/w\/[A-Za-z0-9_-]+/)?.[0];
      expect(link).toBeDefined();
    });
    return link!;
  }

  async function signIn(page: Page) {
    await page.goto(`${stack.tenantUrl('season')}/`);
    await page.getByLabel('Email').fill(band.login.email);
    await page.getByLabel('Password').fill(band.login.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await see.visible(page.getByRole('heading', { name: 'Overview' }));
  }

  it('plans a published concert with a programme and a weekly rehearsal series; a section leader marks attendance on a phone', async () => {
    const { page } = await stack.newPage();
    await signIn(page);

    // A section with a leader.
    await page.getByRole('link', { name: 'Sections' }).click();
    await page.getByLabel('Section').fill('Brass');
    await page.getByRole('button', { name: 'Add section' }).click();
    const brass = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Brass' }) });
    await brass.getByLabel('Member').selectOption({ label: 'Horn, Alva' });
    await brass.getByLabel('As leader').check();
    await brass.getByRole('button', { name: 'Add member' }).click();
    await see.visible(brass.getByText('Leader'));
    await brass.getByLabel('Member').selectOption({ label: 'Trumpet, Bengt' });
    await brass.getByRole('button', { name: 'Add member' }).click();
    await see.visible(brass.getByRole('link', { name: 'Bengt Trumpet' }));

    // A venue and a published concert with places for the public.
    await page.getByRole('link', { name: 'Events' }).click();
    await page.getByRole('button', { name: /Venues/ }).click();
    await page.getByLabel('Name', { exact: true }).fill('Stadshuset');
    await page.getByLabel('Address', { exact: true }).fill('Storgatan 1');
    await page.getByRole('button', { name: 'Add venue' }).click();
    await see.visible(page.getByText('Stadshuset'));
    await page.getByRole('button', { name: 'New event' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Spring gala');
    await page.getByLabel('Type', { exact: true }).first().selectOption({ label: 'Concert' });
    await page.getByLabel('Date', { exact: true }).fill('2027-05-20');
    await page.getByLabel('Starts', { exact: true }).fill('19:00');
    await page.getByLabel('Ends', { exact: true }).fill('21:00');
    await page.getByLabel('Venue', { exact: true }).selectOption({ label: 'Stadshuset' });
    await page.getByLabel('Project', { exact: true }).selectOption({ label: 'Spring week' });
    await page.getByLabel('Places for the public').fill('1');
    await page.getByLabel('Publish now').check();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await see.visible(page.getByRole('heading', { name: /Spring gala/ }));
    await see.visible(page.getByText('Published'));
    await see.text(page.locator('.stats'), /20 May 2027, 19:00–21:00/);

    // The hall moves the start: the secretary edits the time, the rest stays.
    await page.getByRole('button', { name: 'Edit event' }).click();
    await see.value(page.getByLabel('Starts'), '19:00');
    await page.getByLabel('Starts').fill('19:30');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await see.text(page.locator('.stats'), /20 May 2027, 19:30–21:00/);
    await see.visible(page.getByText('Stadshuset, Storgatan 1'));

    // The concert week is one thing: the project's page lists its events.
    await page.getByRole('link', { name: 'Spring week' }).click();
    await see.visible(page.getByRole('heading', { name: 'Spring week' }));
    await page
      .getByRole('region', { name: 'Events' })
      .getByRole('link', { name: 'Spring gala' })
      .click();
    await see.visible(page.getByRole('heading', { name: /Spring gala/ }));

    // The programme, in playing order.
    await page.getByRole('button', { name: 'Add piece' }).click();
    await page.getByLabel('Piece 1').fill('Festive Overture');
    await page.getByLabel('Composer 1').fill('Shostakovich');
    await page.getByRole('button', { name: 'Add piece' }).click();
    await page.getByLabel('Piece 2').fill('Finlandia');
    await page.getByRole('button', { name: 'Move Finlandia up' }).click();
    await page.getByRole('button', { name: 'Save programme' }).click();
    await see.visible(page.getByText('Saved.'));
    await see.value(page.getByLabel('Piece 1'), 'Finlandia');
    await screenshots(page, 'event-page');

    // Weekly rehearsals with one week left out, in one go.
    await page.getByRole('link', { name: 'Events' }).click();
    await page.getByRole('button', { name: 'New event' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Tuesday rehearsal');
    await page.getByLabel('Date', { exact: true }).fill('2027-04-06');
    await page.getByLabel('Starts', { exact: true }).fill('19:00');
    await page.getByLabel('Ends', { exact: true }).fill('21:30');
    await page.getByLabel('Repeat weekly until').fill('2027-05-18');
    await page.getByLabel('Leave out dates').fill('2027-04-13');
    await page.getByLabel('Publish now').check();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await see.visible(page.getByText('6 events created.'));
    const rehearsalUrl = page.url();
    await page.getByRole('link', { name: 'Events' }).click();
    await see.visible(page.getByRole('link', { name: 'Spring gala' }));
    await eventually(async () =>
      expect(await page.getByRole('link', { name: 'Tuesday rehearsal' }).count()).toBe(6),
    );

    // The section leader, on a phone, marks the first rehearsal for Brass.
    const phone = await stack.newPage({ width: 390 });
    await signIn(phone.page);
    await phone.page.goto(rehearsalUrl);
    await see.visible(phone.page.getByRole('heading', { name: /Tuesday rehearsal/ }));
    await phone.page.getByLabel('Section', { exact: true }).selectOption({ label: 'Brass' });
    await phone.page.getByRole('button', { name: 'Everyone unmarked present' }).click();
    await phone.page.getByLabel('Attendance of Bengt Trumpet').selectOption({ label: 'Late' });
    await phone.page.getByRole('button', { name: 'Save attendance' }).click();
    await see.visible(phone.page.getByText('Attendance saved.'));
    await screenshots(phone.page, 'attendance-phone');

    // What was saved, and the statistics over the spring.
    const roster = await band
      .api('get', `/api/events/${rehearsalUrl.split('/').pop()}/attendance`)
      .expect(200);
    expect(
      roster.body.items.map((r: { member: { firstName: string }; status: string }) => [
        r.member.firstName,
        r.status,
      ]),
    ).toEqual([
      ['Alva', 'present'],
      ['Bengt', 'late'],
    ]);
    await page.getByRole('link', { name: 'Attendance' }).click();
    await page.getByLabel('From', { exact: true }).fill('2027-04-01');
    await page.getByLabel('To', { exact: true }).fill('2027-06-30');
    await page.getByRole('button', { name: 'Show' }).click();
    await see.visible(page.getByRole('row', { name: /Horn, Alva 1 1 0 0 0 0 100 %/ }));
    await see.visible(page.getByRole('row', { name: /Brass 2 1 1 0 0 0 100 %/ }));

    // Alva gets her own page link and sends apologies for the next rehearsal from her phone.
    await page.getByRole('link', { name: 'Musicians' }).click();
    await page.getByRole('link', { name: 'Horn, Alva' }).click();
    // She plays viola and cello, viola first.
    const played = page.getByRole('region', { name: 'Instruments played' });
    await played.getByRole('checkbox', { name: 'Viola' }).check();
    await played.getByRole('checkbox', { name: 'Cello' }).check();
    await played.getByRole('radio', { name: 'Viola is the main instrument' }).check();
    await played.getByRole('button', { name: 'Save instruments' }).click();
    await see.visible(played.getByText('Saved.'));
    const plays = await band.api('get', `/api/musicians/${members.Alva}/instruments`).expect(200);
    expect(plays.body.instruments).toEqual([
      expect.objectContaining({ name: 'Viola', isPrimary: true }),
      expect.objectContaining({ name: 'Cello', isPrimary: false }),
    ]);
    await page.getByRole('button', { name: 'Make a new page link' }).click();
    const own = (await page.locator('.once code').innerText()).trim();
    expect(own).toMatch(/\/m\/[A-Za-z0-9_-]{20,}$/);
    const alva = await stack.newPage({ width: 390 });
    await alva.page.goto(own);
    await see.visible(alva.page.getByRole('heading', { name: 'Hello Alva!' }));
    await see.visible(alva.page.getByRole('listitem').filter({ hasText: 'Tuesday rehearsal' }));
    // The first rehearsal is marked already (by her leader); the next one is not.
    await see.visible(alva.page.getByText('Marked by a leader.'));
    const first = alva.page
      .getByRole('listitem')
      .filter({ hasText: 'Tuesday rehearsal' })
      .filter({ hasText: '20 April' });
    await first.getByLabel('Reason (optional)').fill('Away on tour');
    await first.getByRole('button', { name: 'I cannot come' }).click();
    await see.visible(alva.page.getByText('Thank you, noted.'));
    await see.visible(alva.page.getByText('You have sent apologies: Away on tour.'));
  });

  it('a visitor without JavaScript joins the waitlist and confirms by the emailed link; a second is promoted when the first leaves; the secretary sees the history', async () => {
    const context = await stack.browser.newContext({
      javaScriptEnabled: false,
      locale: 'en-GB',
      viewport: { width: 390, height: 900 },
    });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.tenantUrl('season')}/public`);
      await page.getByRole('link', { name: 'Spring gala' }).click();
      await see.visible(page.getByText('Stadshuset'));
      await see.visible(page.getByText('Finlandia'));
      await page.getByRole('textbox', { name: 'Email address' }).fill('guest@public.example');
      await page.getByRole('button', { name: 'Sign up' }).click();
      // The browser's own check stops a form without consent; the server says so too.
      await see.visible(page.getByRole('textbox', { name: 'Email address' }));
      await page.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Sign up' }).click();
      await see.visible(page.getByText(/We have sent an email to that address/));
      await screenshots(page, 'public-event');

      await page.goto(await linkIn('guest@public.example', 1));
      await page.getByRole('button', { name: 'Confirm' }).click();
      await see.visible(page.getByText(/You have a place/));

      // A second visitor finds it full, waits first in line, and gets the place when the
      // first one gives it back by the link in their confirmation.
      await page.goto(`${stack.tenantUrl('season')}/public`);
      await page.getByRole('link', { name: 'Spring gala' }).click();
      await see.visible(page.getByText(/Fully booked/));
      await page.getByRole('textbox', { name: 'Email address' }).fill('second@public.example');
      await page.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Join the waitlist' }).click();
      await page.goto(await linkIn('second@public.example', 1));
      await page.getByRole('button', { name: 'Confirm' }).click();
      await see.visible(page.getByText(/You are number 1 on the waitlist/));
      await page.goto(await linkIn('guest@public.example', 2));
      await page.getByRole('button', { name: /Leave my place/ }).click();
      await see.visible(page.getByText(/You have left the list/));
      const promoted = await linkIn('second@public.example', 3);
      await page.goto(promoted);
      await see.visible(page.getByText('You have a place.'));
    } finally {
      await context.close();
    }

    const { page } = await stack.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Events' }).click();
    await page.getByRole('link', { name: 'Spring gala' }).click();
    const waitlist = page.getByRole('region', { name: 'Waitlist' });
    await see.visible(waitlist.getByText('1 of 1 places taken, 0 waiting, 0 not confirmed.'));
    await see.visible(waitlist.getByRole('row', { name: /guest@public\.example Left/ }));
    await see.visible(waitlist.getByRole('row', { name: /second@public\.example Has a place/ }));
  });
});
