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
 * The ensemble's app in a real Chromium against the real gateway and PostgreSQL: what a band
 * secretary does, with the keyboard and the mouse, in English and Swedish.
 */
describeInBrowser('the ensemble app in a browser', () => {
  let stack: BrowserStack;
  let ens: TestTenant;
  let positionId: number;

  beforeAll(async () => {
    stack = await startBrowserStack();
    ens = await createTenant(stack.t, 'brass');
    positionId = await ens.fixtures.position('Violin', 'Tutti violin 2');
  }, 120_000);

  afterAll(() => stack?.close());

  async function signIn(page: Page, base = stack.tenantUrl('brass'), login = ens.login) {
    await page.goto(`${base}/`);
    await page.getByLabel('Email').fill(login.email);
    await page.getByLabel('Password').fill(login.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await see.visible(page.getByRole('heading', { name: 'Overview' }));
  }

  /** The answer link the simulated request to this musician holds (as the log shows it). */
  async function answerLinkFor(email: string): Promise<string> {
    for (let i = 0; i < 100; i++) {
      const res = await ens
        .api(
          'get',
          `/api/communications?type=request&channel=email&recipient=${encodeURIComponent(email)}`,
        )
        .expect(200);
      const body = res.body.items[0]?.body as string | undefined;
      const link = body?.match(/https?:\/\/\S+\/r\/[A-Za-z0-9_-]+/)?.[0];
      if (link) return link;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no request was sent to ${email}`);
  }

  it('the substitute walkthrough: add and rank a musician, start a need, answers move the timeline without a reload', async () => {
    const maria = await ens.fixtures.musician({
      firstName: 'Maria',
      lastName: 'Berg',
      email: 'maria@brass.example',
      positionIds: [positionId],
    });
    await ens.fixtures.rankedList(positionId, [maria.id]);
    const { page } = await stack.newPage();
    await signIn(page);
    await screenshots(page, 'dashboard');

    // A musician with a phone number typed the Swedish way.
    await page.getByRole('link', { name: 'Musicians' }).click();
    await page.getByRole('button', { name: 'Add musician' }).click();
    await page.getByLabel('First name').fill('Anna');
    await page.getByLabel('Last name').fill('Ek');
    await page.getByLabel('Email').fill('anna@brass.example');
    await page.getByLabel('Mobile phone').fill('070-123 45 67');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await see.visible(page.getByRole('heading', { name: 'Anna Ek' }));
    await see.value(page.getByLabel('Mobile phone'), '+46701234567');

    // Qualified for the position, then ranked first on its list.
    await page.getByRole('checkbox', { name: 'Tutti violin 2' }).check();
    await page.getByRole('button', { name: 'Save positions' }).click();
    await see.visible(page.getByText('Saved.'));
    await page.getByRole('link', { name: 'Ranking lists' }).click();
    await page.getByLabel('Position').selectOption({ label: 'Violin · Tutti violin 2' });
    const list = page.getByRole('region', { name: 'List A' });
    await list.getByLabel('Add').selectOption({ label: 'Anna Ek' });
    await list.getByRole('button', { name: 'Add to list' }).click();
    await see.visible(list.getByLabel('Anna Ek, place 2'));
    await list.getByRole('button', { name: 'Move Anna Ek up' }).click();
    await see.visible(list.getByLabel('Anna Ek, place 1'));
    await screenshots(page, 'ranking-list');

    // A project and a sequential need; the preview says who would be asked, in order.
    await page.getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Name').fill('Spring concert');
    await page.getByLabel('First day').fill('2027-03-08');
    await page.getByRole('button', { name: 'Create project' }).click();
    await see.visible(page.getByRole('heading', { name: 'Spring concert' }));
    await page.getByRole('button', { name: 'Edit project' }).click();
    await page.getByLabel('Concert').fill('Friday 19.00, the town hall');
    await page.getByRole('button', { name: 'Save' }).click();
    await see.visible(page.getByText('Friday 19.00, the town hall'));
    await page.getByRole('button', { name: 'New need' }).click();
    const form = page.getByRole('form', { name: 'New need' });
    await form.getByLabel('Position').selectOption({ label: 'Violin · Tutti violin 2' });
    await form.getByLabel('Ranking list').selectOption({ label: 'List A (2 musicians)' });
    await see.visible(
      form.getByText(/Asks one musician at a time in list order until 1 have said yes/),
    );
    await form.getByRole('button', { name: 'Add need' }).click();
    const preview = page.getByLabel('Who would be asked');
    await see.texts(preview.getByRole('listitem'), ['Anna Ek', 'Maria Berg']);
    await screenshots(page, 'need-preview');
    await page.getByRole('button', { name: 'Start asking' }).click();
    const timeline = page.locator('table.timeline');
    await see.visible(timeline.getByRole('row', { name: /Anna Ek.*Waiting for answer/ }));

    // Anna opens the link from the log on her phone and declines.
    const projectUrl = page.url();
    await page.getByRole('link', { name: 'Messages' }).click();
    await page.getByLabel('Type').selectOption({ label: 'Request' });
    const message = page.locator('li.message', { hasText: 'anna@brass.example' });
    await message.getByText('Show text').click();
    const link = await message.locator('a[href*="/r/"]').getAttribute('href');
    expect(link).toBe(await answerLinkFor('anna@brass.example'));
    await page.goto(projectUrl);
    await see.visible(page.getByRole('heading', { name: 'Spring concert' }));

    const phone = await stack.newPage({ width: 390, locale: 'sv-SE' });
    await phone.page.goto(link!);
    await phone.page.getByRole('button', { name: 'Nej, tyvärr' }).click();
    await see.visible(phone.page.getByText('Tack för ditt svar'));

    // Without a reload, the timeline shows the next musician being asked.
    await see.visible(timeline.getByRole('row', { name: /Anna Ek.*Declined/ }));
    await see.visible(timeline.getByRole('row', { name: /Maria Berg.*Waiting for answer/ }));

    // Maria accepts; the need shows filled.
    await phone.page.goto(await answerLinkFor('maria@brass.example'));
    await phone.page.getByRole('button', { name: 'Ja, jag kommer' }).click();
    await see.text(page.getByTestId('places'), /1 of 1 places filled/);
    await see.visible(timeline.getByRole('row', { name: /Maria Berg.*Accepted/ }));
    await screenshots(page, 'need-filled');

    // The rows behind it agree: one accepted request, one declined.
    const overview = (await ens.api('get', '/api/projects').expect(200)).body.items[0];
    const need = (await ens.api('get', `/api/projects/${overview.id}`).expect(200)).body.needs[0];
    expect({ accepted: need.accepted, declined: need.declined, pending: need.pending }).toEqual({
      accepted: 1,
      declined: 1,
      pending: 0,
    });
  }, 150_000);

  it('reorders a ranking list with the keyboard alone', async () => {
    const pos = await ens.fixtures.position('Viola', 'Tutti');
    const ids: string[] = [];
    for (const name of ['Ada', 'Bo', 'Cy']) {
      ids.push(
        (await ens.fixtures.musician({ firstName: name, lastName: 'Key', positionIds: [pos] })).id,
      );
    }
    await ens.fixtures.rankedList(pos, ids, 'B');
    const { page } = await stack.newPage();
    await signIn(page);
    await page.goto(`${stack.tenantUrl('brass')}/rankings?position=${pos}`);
    const list = page.getByRole('region', { name: 'List B' });
    await see.visible(list.getByLabel('Cy Key, place 3'));

    // Up once with Enter; the focus stays with the moved musician, so Tab reaches its buttons.
    await list.getByRole('button', { name: 'Move Cy Key up' }).focus();
    await page.keyboard.press('Enter');
    await see.visible(list.getByLabel('Cy Key, place 2'));
    await see.focused(list.getByLabel('Cy Key, place 2'));
    await page.keyboard.press('Tab');
    await see.focused(list.getByRole('button', { name: 'Move Cy Key up' }));
    await page.keyboard.press('Space');
    await see.visible(list.getByLabel('Cy Key, place 1'));
    await see.attached(page.getByRole('status').filter({ hasText: 'Cy Key is now in place 1.' }));

    // To a place by number: type it and press Enter.
    await list.getByLabel('New place for Ada Key').focus();
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await see.visible(list.getByLabel('Ada Key, place 3'));
    await see.texts(list.locator('.name'), ['Cy Key', 'Bo Key', 'Ada Key']);

    // The server holds that order (the page shows a move before its save has answered).
    await eventually(async () => {
      const lists = (await ens.api('get', `/api/ranking-lists?positionId=${pos}`).expect(200)).body;
      expect(lists.items[0].entries.map((e: { name: string }) => e.name)).toEqual([
        'Cy Key',
        'Bo Key',
        'Ada Key',
      ]);
    });
    await screenshots(page, 'keyboard-reorder');
  }, 90_000);

  it('switches to Swedish and back, and remembers the choice over a reload', async () => {
    const { page } = await stack.newPage({ locale: 'en-GB' });
    await signIn(page);
    await page.getByLabel('Language').first().selectOption('sv');
    await see.visible(page.getByRole('heading', { name: 'Översikt' }));
    await see.attribute(page.locator('html'), 'lang', 'sv');
    await page.reload();
    await see.visible(page.getByRole('heading', { name: 'Översikt' }));
    await screenshots(page, 'dashboard-sv');
    await page.getByLabel('Språk').first().selectOption('en');
    await see.visible(page.getByRole('heading', { name: 'Overview' }));
  }, 60_000);

  it('a reload keeps the session; signing out ends it, and the old cookie is refused', async () => {
    const { context, page } = await stack.newPage();
    await signIn(page);
    const cookie = (await context.cookies()).find((c) => c.name === 'tutti_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth/session' });
    // The page's scripts cannot read it.
    expect(await page.evaluate('document.cookie')).not.toContain('tutti_refresh');
    await page.reload();
    await see.visible(page.getByRole('heading', { name: 'Overview' }));

    await page.getByRole('button', { name: 'Sign out' }).click();
    await see.visible(page.getByRole('button', { name: 'Sign in' }));
    await page.reload();
    await see.visible(page.getByRole('button', { name: 'Sign in' }));
    // The signed-out token is revoked, not merely forgotten by the browser.
    const replay = await stack.t.http
      .post('/api/auth/session/refresh')
      .set('Host', `brass.localhost:${stack.port}`)
      .set('Origin', stack.tenantUrl('brass'))
      .set('Cookie', `tutti_refresh=${cookie!.value}`);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('auth/invalid-refresh-token');
  }, 60_000);

  it("refuses another ensemble's session in the browser", async () => {
    const other = await createTenant(stack.t, 'winds');
    const { context, page } = await stack.newPage();
    await signIn(page, stack.tenantUrl('winds'), other.login);
    const winds = (await context.cookies()).find((c) => c.name === 'tutti_refresh')!;

    // The same cookie planted on brass's host does not sign anyone in there.
    const fresh = await stack.newPage();
    await fresh.context.addCookies([{ ...winds, domain: 'brass.localhost' }]);
    await fresh.page.goto(`${stack.tenantUrl('brass')}/`);
    await see.visible(fresh.page.getByRole('button', { name: 'Sign in' }));

    // And winds' access token, sent from a brass page, is refused by the API.
    const status = await fresh.page.evaluate(async (token) => {
      const res = await fetch('/api/musicians', { headers: { authorization: `Bearer ${token}` } });
      return {
        status: res.status,
        code: ((await res.json()) as { error: { code: string } }).error.code,
      };
    }, other.token);
    expect(status.status).toBe(401);
    expect(status.code).toMatch(/^auth\//);
  }, 90_000);

  it('a forgotten password: the emailed link (shown in the demo log) sets a new one and signs in', async () => {
    const reeds = await createTenant(stack.t, 'reeds');
    const { page } = await stack.newPage();
    await page.goto(`${stack.tenantUrl('reeds')}/`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email').fill(reeds.login.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await see.visible(page.getByText('If the address belongs to an account here'));
    let link = '';
    await eventually(async () => {
      const log = await reeds.api('get', '/api/communications?type=password_reset').expect(200);
      link =
        /https?:\/\/\S+\/reset-password#[A-Za-z0-9_-]+/.exec(log.body.items[0]?.body ?? '')?.[0] ??
        '';
      expect(link).not.toBe('');
    });
    await page.goto(link);
    await see.visible(page.getByRole('heading', { name: 'Choose a new password' }));
    await page.getByLabel('New password').fill('my new long password');
    await page.getByLabel('Repeat the password').fill('my new long password');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await see.visible(page.getByRole('heading', { name: 'Overview' }));
    await stack.t.http
      .post('/api/auth/login')
      .set('Host', 'reeds.localhost')
      .send({ email: reeds.login.email, password: 'my new long password' })
      .expect(200);
  }, 60_000);
});
