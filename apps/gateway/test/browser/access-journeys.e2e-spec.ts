import type { Page } from 'playwright-core';

import {
  adminQuery,
  type BrowserStack,
  createTenant,
  describeInBrowser,
  eventually,
  FakeDnsServer,
  screenshots,
  see,
  startBrowserStack,
  type TestTenant,
} from '#tutti/testing';

/**
 * Staff and their roles in a real Chromium: the secretary invites the librarian by email, the
 * librarian sets a password from the emailed link and sees only what a librarian may do; the
 * secretary makes them staff, and later deactivates them, which signs them out.
 */
describeInBrowser('staff, roles and API keys in a browser', () => {
  let stack: BrowserStack;
  let band: TestTenant;
  const dns = new FakeDnsServer();

  beforeAll(async () => {
    await dns.start();
    stack = await startBrowserStack({ env: { DNS_SERVERS: dns.address } });
    band = await createTenant(stack.t, 'roles');
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
    await dns.stop();
  });

  async function signIn(page: Page) {
    await page.goto(`${stack.tenantUrl('roles')}/`);
    await page.getByLabel('Email').fill(band.login.email);
    await page.getByLabel('Password').fill(band.login.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await see.visible(page.getByRole('heading', { name: 'Overview' }));
  }

  async function invitationLink(email: string): Promise<string> {
    let link = '';
    await eventually(async () => {
      const log = await band
        .api(
          'get',
          `/api/communications?type=staff_invitation&recipient=${encodeURIComponent(email)}`,
        )
        .expect(200);
      link =
        /https?:\/\/\S+\/invitations#[A-Za-z0-9_-]+/.exec(log.body.items[0]?.body ?? '')?.[0] ?? '';
      expect(link).not.toBe('');
    });
    return link;
  }

  it('invites a librarian who sees only the library’s work, then makes them staff, then deactivates them', async () => {
    const { page } = await stack.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Staff', exact: true }).click();
    const invite = page.getByRole('region', { name: 'Invite someone' });
    await invite.getByLabel('Name').fill('Lena Librarian');
    await invite.getByLabel('Email').fill('lena@roles.example');
    await invite.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Librarian' });
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await see.visible(page.getByText('Invitation sent to lena@roles.example.'));
    const row = page.getByRole('row', { name: /Lena Librarian/ });
    await see.visible(row.getByText('Invited'));
    await screenshots(page, 'staff');

    // Lena opens the emailed link in her own browser and chooses a password.
    const lena = (await stack.newPage()).page;
    await lena.goto(await invitationLink('lena@roles.example'));
    await lena.getByLabel('New password').fill('a long enough password');
    await lena.getByLabel('Repeat the password').fill('a long enough password');
    await lena.getByRole('button', { name: 'Set password and sign in' }).click();
    const nav = lena.getByRole('navigation', { name: 'Main' });
    await see.visible(nav.getByRole('link', { name: 'Library' }));
    // A librarian sees the roster but cannot change it, and has no staff or settings pages.
    expect(await nav.getByRole('link', { name: 'Staff' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Musicians' }).click();
    await see.visible(lena.getByRole('heading', { name: 'Musicians' }));
    expect(await lena.getByRole('button', { name: 'Add musician' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Library' }).click();
    await see.visible(lena.getByRole('button', { name: 'New piece' }));

    // The secretary makes her staff: her next page shows what staff may do.
    await page.reload();
    await row.getByLabel('Role of Lena Librarian').selectOption({ label: 'Staff' });
    await eventually(async () => {
      const [u] = await adminQuery<{ role: string }>(
        stack.t.controlUrl,
        `SELECT role::text FROM "User" WHERE email = 'lena@roles.example'`,
      );
      expect(u.role).toBe('staff');
    });
    await see.visible(page.getByText('Active'));
    await lena.reload();
    await lena.getByRole('link', { name: 'Musicians' }).click();
    await see.visible(lena.getByRole('button', { name: 'Add musician' }));

    // Deactivated, she is signed out: the next load asks her to sign in.
    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await see.visible(row.getByText('Deactivated'));
    await lena.reload();
    await see.visible(lena.getByRole('button', { name: 'Sign in' }));
  });

  it('makes an API key that may only read the season, shown once and listed with its permissions', async () => {
    const { page } = await stack.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const keys = page.getByRole('region', { name: 'API keys' });
    await keys.getByLabel('What it is for').fill('Concert calendar');
    await keys.getByRole('checkbox', { name: /season\.read/ }).check();
    await keys.getByLabel('Expires').selectOption({ label: 'In 30 days' });
    await keys.getByRole('button', { name: 'Create key' }).click();
    const key = (await keys.locator('.once code').textContent())?.trim() ?? '';
    expect(key).toMatch(/^tutti_/);
    await see.visible(keys.getByText('season.read', { exact: true }));
    await stack.t.http.get('/api/events').set('Host', band.host).set('X-Api-Key', key).expect(200);
    const refused = await stack.t.http
      .get('/api/musicians')
      .set('Host', band.host)
      .set('X-Api-Key', key)
      .expect(403);
    expect(refused.body.error.details.permission).toBe('musicians.read');
  });

  it('shows the audit trail: who changed what, before and after', async () => {
    const made = await band
      .api('post', '/api/musicians')
      .send({
        firstName: 'Tova',
        lastName: 'Trumpet',
        email: 'tova@roles.example',
        phone: '0701234567',
      })
      .expect(201);
    await band
      .api('patch', `/api/musicians/${made.body.id}`)
      .send({ lastName: 'Trombone' })
      .expect(200);
    const { page } = await stack.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Audit trail', exact: true }).click();
    await page.getByLabel('What').selectOption('Musician');
    await page.getByRole('button', { name: 'Show' }).click();
    const trail = page.getByRole('table', { name: 'Audit trail' });
    const change = trail.getByRole('row', { name: /Changed Musician .* lastName/ });
    await see.visible(change.getByText('Tenant Admin'));
    await change.getByText('Before and after').click();
    await see.visible(change.getByRole('cell', { name: '"Trumpet"' }));
    await see.visible(change.getByRole('cell', { name: '"Trombone"' }));
    await see.visible(trail.getByRole('row', { name: /Added Musician/ }));
    await screenshots(page, 'audit-trail');
  });

  it('sets the ensemble’s own domain, shows the record to publish, and verifies it', async () => {
    const { page } = await stack.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Your own address' });
    await panel.getByLabel('Domain').fill('http://not a domain');
    await panel.getByRole('button', { name: 'Save domain' }).click();
    await see.visible(panel.getByText(/must be a host name/));
    await panel.getByLabel('Domain').fill('vikarier.roles-orkester.se');
    await panel.getByRole('button', { name: 'Save domain' }).click();
    const record = panel.getByRole('definition');
    await see.visible(record.getByText('_tutti-verify.vikarier.roles-orkester.se'));
    const value = (await record.nth(2).textContent())?.trim() ?? '';
    expect(value).toMatch(/^tutti-verify=/);
    await panel.getByRole('button', { name: 'Verify now' }).click();
    await see.visible(panel.getByText(/No TXT record/));
    dns.setTxt('_tutti-verify.vikarier.roles-orkester.se', [value]);
    await panel.getByRole('button', { name: 'Verify now' }).click();
    await see.visible(panel.getByText(/is verified/));
    await screenshots(page, 'custom-domain');
    await stack.t.http.get('/public').set('Host', 'vikarier.roles-orkester.se').expect(200);
  });

  it('sets the ensemble’s colours (a faint one refused with the reason) and its logo, shown in the top bar', async () => {
    const { page } = await stack.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Colours and logo' });
    await panel.getByLabel('Main colour').fill('#ffd700');
    await panel.getByRole('button', { name: 'Save colours' }).click();
    await see.visible(panel.getByText(/too faint against white text/));
    await panel.getByLabel('Main colour').fill('#1e3a8a');
    await panel.getByRole('button', { name: 'Save colours' }).click();
    await see.visible(panel.getByRole('status').filter({ hasText: 'Saved' }));
    await panel.getByLabel('Logo', { exact: true }).setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), Buffer.alloc(64)]),
    });
    await panel.getByRole('button', { name: 'Upload logo' }).click();
    await see.attached(panel.getByRole('img', { name: 'Logo' }));
    await page.reload();
    await see.attached(page.locator('header .logo'));
    expect(await page.locator('header .logo').getAttribute('src')).toMatch(
      /^\/public\/branding\/logo-/,
    );
    // The app's shell carries the new colour (the top bar's --brand is set from it).
    expect(await page.locator('#tutti-context').textContent()).toContain('#1E3A8A');
  });
});
