import {
  adminQuery,
  type BrowserStack,
  createTenant,
  describeInBrowser,
  eventually,
  screenshots,
  see,
  startBrowserStack,
} from '#tutti/testing';

/** The platform console on the central domain, and the invited admin's first sign-in. */
describeInBrowser('the platform console in a browser', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await startBrowserStack();
  }, 120_000);
  afterAll(() => stack?.close());

  /** A new page at the console's `path`, signed in there as a superadmin. */
  const signInAsSuperadmin = async (path: string) => {
    const su = await stack.t.superadminCredentials();
    const { page } = await stack.newPage();
    await page.goto(`${stack.centralUrl}${path}`);
    await page.getByLabel('Email').fill(su.email);
    await page.getByLabel('Password').fill(su.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    return page;
  };

  it('a superadmin provisions an ensemble, watches it become active, invites its admin, who sets a password and signs in', async () => {
    const page = await signInAsSuperadmin('/');
    await see.visible(page.getByRole('heading', { name: 'Ensembles' }));

    await page.getByRole('link', { name: 'New ensemble' }).first().click();
    // The server's rules come back beside the field: a reserved subdomain.
    await page.getByLabel('Name', { exact: true }).fill('Stadens Blåsorkester');
    await page.getByLabel('Subdomain').fill('admin');
    await page.getByLabel('Kind').selectOption('band');
    await page.getByLabel('Contact name').fill('Eva Ek');
    await page.getByLabel('Contact email').fill('eva@blas.example');
    await page.getByRole('button', { name: 'Create ensemble' }).click();
    await see.visible(page.locator('.field-error', { hasText: /reserved/i }));
    await page.getByLabel('Subdomain').fill('blas');
    await page.getByRole('button', { name: 'Create ensemble' }).click();

    // The pipeline's steps until active, without a reload.
    await see.visible(page.getByRole('heading', { name: /Stadens Blåsorkester/ }));
    await see.visible(page.getByLabel('Setting up').getByText('Active (done)'));
    await see.visible(page.locator('.badge', { hasText: 'Active' }));
    await screenshots(page, 'console-ensemble');

    // The invitation link is shown once; the admin opens it and chooses a password.
    await page.getByRole('button', { name: 'Make invitation link' }).click();
    const link = await page.getByTestId('invitation-link').getAttribute('href');
    expect(link).toMatch(new RegExp(`^http://blas\\.localhost:${stack.port}/invitations#`));

    const admin = await stack.newPage({ width: 390 });
    await admin.page.goto(link!);
    await see.visible(admin.page.getByRole('heading', { name: 'Welcome to Stadens Blåsorkester' }));
    await admin.page.getByLabel('New password').fill('short');
    await admin.page.getByLabel('Repeat the password').fill('short');
    await admin.page.getByRole('button', { name: 'Set password and sign in' }).click();
    await see.visible(admin.page.getByText('The password must be at least 12 characters'));
    await admin.page.getByLabel('New password').fill('a long enough password');
    await admin.page.getByLabel('Repeat the password').fill('a long enough password');
    await admin.page.getByRole('button', { name: 'Set password and sign in' }).click();
    await see.visible(admin.page.getByRole('heading', { name: 'Overview' }));
    // The token left the address bar; the session survives a reload.
    expect(admin.page.url()).toBe(`http://blas.localhost:${stack.port}/`);
    await admin.page.reload();
    await see.visible(admin.page.getByRole('heading', { name: 'Overview' }));
    await screenshots(admin.page, 'invited-admin-dashboard');

    // The link works once.
    const again = await stack.newPage();
    await again.page.goto(link!);
    await again.page.getByLabel('New password').fill('another long password');
    await again.page.getByLabel('Repeat the password').fill('another long password');
    await again.page.getByRole('button', { name: 'Set password and sign in' }).click();
    await see.visible(again.page.locator('.error-note', { hasText: 'auth/invalid-invitation' }));

    // And the console lists it as active.
    await page.getByRole('link', { name: 'Ensembles' }).click();
    await eventually(async () =>
      expect(await page.getByRole('row', { name: /Stadens Blåsorkester/ }).textContent()).toContain(
        'Active',
      ),
    );

    // Support: impersonation with a reason opens the ensemble's app in a new tab, with a banner
    // while it lasts, until it is ended; the audit log has the reason.
    await page.getByRole('link', { name: 'Stadens Blåsorkester' }).click();
    await page.getByLabel('Reason').first().fill('Ticket 4711: cannot find the ranking list');
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Open as administrator' }).click(),
    ]);
    await see.visible(tab.getByRole('heading', { name: 'Overview' }));
    await see.visible(
      tab.getByRole('status').filter({ hasText: "acting as this ensemble's administrator" }),
    );
    expect(tab.url()).not.toContain('impersonate');
    await screenshots(tab, 'impersonation');
    await tab.getByRole('button', { name: 'End', exact: true }).click();
    await see.visible(tab.getByRole('button', { name: 'Sign in' }));
    const audit = await stack.t.http
      .get('/platform/audit-logs?action=tenant.impersonate')
      .set('Host', stack.t.centralHost)
      .auth(await stack.t.superadminToken(), { type: 'bearer' })
      .expect(200);
    expect(audit.body.items[0].after.reason).toBe('Ticket 4711: cannot find the ranking list');
    const ended = await stack.t.http
      .get('/platform/audit-logs?action=tenant.impersonate.end')
      .set('Host', stack.t.centralHost)
      .auth(await stack.t.superadminToken(), { type: 'bearer' })
      .expect(200);
    expect(ended.body.items).toHaveLength(1);
    expect(ended.body.items[0].actorUserId).toBe(audit.body.items[0].actorUserId);

    // The system log has the provisioning, the admin's sign-in and the support session; the
    // ensembles list finds the ensemble by part of its name.
    await page.getByRole('link', { name: 'System log' }).click();
    const log = page.getByRole('table', { name: 'System log' });
    await see.visible(log.getByRole('row', { name: /ensemble provisioned/ }));
    await see.visible(log.getByRole('row', { name: /tenant\.impersonate\.end/ }));
    await page.getByLabel('Category').selectOption('auth');
    // The list keeps the previous rows until the filtered ones arrive.
    await eventually(async () =>
      expect(await log.getByRole('row', { name: /ensemble provisioned/ }).count()).toBe(0),
    );
    await see.visible(log.getByRole('row', { name: /sign-in/ }).first());
    await screenshots(page, 'console-system-log');
    await page.getByRole('link', { name: 'Ensembles' }).click();
    await page.getByLabel('Search').fill('blåsork');
    // Only the matching ensemble is left (a header row and its row).
    await eventually(async () => expect(await page.getByRole('row').count()).toBe(2));
    await see.visible(page.getByRole('link', { name: 'Stadens Blåsorkester' }));
    await page.getByLabel('Search').fill('no such ensemble');
    await see.visible(page.getByText('No ensembles'));
  }, 120_000);

  it("a superadmin raises an ensemble's limits, checks its database, and runs a failed job again", async () => {
    const ens = await createTenant(stack.t, 'kvartett');
    const page = await signInAsSuperadmin(`/ensembles/${ens.id}`);

    // Its database: reachable, on the shipped schema, with a size.
    const health = page.getByRole('region', { name: 'Database' });
    await see.visible(health.getByText(/^Yes \(\d+(\.\d)? ms\)$/));
    await see.visible(health.getByText('up to date'));
    await see.visible(health.getByText(/\d MB$/));

    // A plan with a limit of its own: the ensemble feels it on its next request.
    const plan = page.getByRole('region', { name: 'Plan and limits' });
    await plan.getByLabel('Plan').selectOption('small');
    await plan.getByLabel('Most musicians').fill('1');
    await plan.getByRole('button', { name: 'Change plan' }).click();
    await see.visible(plan.getByText('Changed. The ensemble has the new limits now.'));
    await see.visible(page.getByText(/0 of 1 musicians/));
    await screenshots(page, 'console-plan-health');
    await ens
      .api('post', '/api/musicians')
      .send({ firstName: 'Ett', lastName: 'Namn', email: 'ett@kvartett.example' })
      .expect(201);
    const over = await ens
      .api('post', '/api/musicians')
      .send({ firstName: 'Två', lastName: 'Namn', email: 'tva@kvartett.example' });
    expect(over.status).toBe(403);
    expect(over.body.error.details).toMatchObject({ limit: 1, plan: 'small' });

    // A job that failed every attempt: listed with its error, run again from the list.
    const [job] = await adminQuery(
      stack.t.controlUrl,
      `INSERT INTO pgboss.job (name, data, state, retry_limit, retry_count, output, completed_on)
       VALUES ('billing.grace', '{}', 'failed', 1, 1,
               '{"message":"Stripe answered 503 Service Unavailable"}', now())
       RETURNING id`,
    );
    await page.getByRole('link', { name: 'Failed jobs' }).click();
    const jobs = page.getByRole('table', { name: 'Failed jobs' });
    const row = jobs.getByRole('row', { name: /Stripe answered 503/ });
    await see.visible(row);
    await screenshots(page, 'console-failed-jobs');
    await row.getByRole('button', { name: 'Run again' }).click();
    await see.visible(
      page.getByRole('status').filter({ hasText: 'Back in the queue billing.grace' }),
    );
    await see.visible(page.getByText('No failed jobs.'));
    await eventually(async () => {
      const [after] = await adminQuery(
        stack.t.controlUrl,
        `SELECT state FROM pgboss.job WHERE id = $1`,
        [job.id],
      );
      expect(after.state).toBe('completed');
    }, 20_000);
  }, 120_000);

  it('a superadmin backs an ensemble up, deletes it, and brings it back from the last backup', async () => {
    const ens = await createTenant(stack.t, 'arkiv');
    await ens
      .api('post', '/api/musicians')
      .send({ firstName: 'Greta', lastName: 'Kvar', email: 'greta@arkiv.example' })
      .expect(201);
    const page = await signInAsSuperadmin(`/ensembles/${ens.id}`);

    const backups = page.getByRole('region', { name: 'Backups' });
    await see.visible(backups.getByText('No backups yet.'));
    await backups.getByRole('button', { name: 'Back up now' }).click();
    const manual = backups.getByRole('row', { name: /By hand/ });
    await see.visible(manual.locator('.badge', { hasText: 'Succeeded' }));
    await see.visible(manual.getByText(/^[0-9a-f]{12}$/));

    // Deleting takes the last backup first.
    await page.getByLabel('Subdomain').fill('arkiv');
    await page.getByRole('button', { name: 'Delete ensemble' }).click();
    await see.visible(page.getByRole('heading', { name: 'Ensembles' }));
    await page.goto(`${stack.centralUrl}/ensembles/${ens.id}`);
    await see.visible(page.locator('.badge', { hasText: 'Deleted' }).first());
    const final = backups.getByRole('row', { name: /Before deletion/ });
    await see.visible(final);
    await screenshots(page, 'console-backups');

    // Restored from it, with the subdomain typed to confirm; the ensemble serves again.
    await final.getByRole('button', { name: 'Restore…' }).click();
    const form = page.getByRole('form', { name: 'Restore this backup' });
    await form.getByLabel('Replace the ensemble’s data with it').check();
    await form.getByLabel('Type arkiv to confirm').fill('arkiv');
    await form.getByRole('button', { name: 'Restore and switch' }).click();
    await see.visible(form.getByText(/Restored: the ensemble now uses /));
    await see.visible(page.locator('.page-title .badge', { hasText: 'Active' }));
    const musicians = await ens.api('get', '/api/musicians?q=greta').expect(200);
    expect(musicians.body.items.map((m: { lastName: string }) => m.lastName)).toEqual(['Kvar']);
  }, 120_000);

  it('a superadmin adds a database server, moves an ensemble onto it and back off it, and closes it', async () => {
    const ens = await createTenant(stack.t, 'flytt');
    await ens
      .api('post', '/api/musicians')
      .send({ firstName: 'Maja', lastName: 'Flyttad', email: 'maja@flytt.example' })
      .expect(201);
    const page = await signInAsSuperadmin('/');
    await page.getByRole('link', { name: 'Database servers' }).first().click();
    const servers = page.getByRole('table', { name: 'Database servers' });
    await see.visible(servers.getByRole('row', { name: /default/ }));

    // A server that does not answer is not added; one that does is. (The browser stack has one
    // PostgreSQL: "spare" is the same server by another entry. Moves between two servers are
    // tested in database-servers.e2e-spec.ts.)
    const form = page.getByRole('form', { name: 'Add a server' });
    await form.getByLabel('Name').fill('dead');
    await form.getByLabel('Admin URL').fill('postgresql://nobody@127.0.0.1:1/postgres');
    await form.getByRole('button', { name: 'Check and add' }).click();
    await see.visible(form.getByText(/The server could not be used: .*ECONNREFUSED/));
    await form.getByLabel('Name').fill('spare');
    await form.getByLabel('Admin URL').fill(stack.t.serverUrl);
    await form.getByLabel(/Region/).fill('eu-north');
    await form.getByRole('button', { name: 'Check and add' }).click();
    await see.visible(form.getByText('spare was checked and added.'));
    const spare = servers.getByRole('row', { name: /spare/ });
    await see.visible(spare.getByText('0 of 500'));
    await screenshots(page, 'console-database-servers');

    await page.goto(`${stack.centralUrl}/ensembles/${ens.id}`);
    const card = page.getByRole('region', { name: 'Database server' });
    await see.visible(card.getByText('Its database is on default.'));
    await card.getByLabel('Move to').selectOption({ label: 'spare (0 of 500)' });
    await card.getByRole('button', { name: 'Move database' }).click();
    const done = card.getByRole('row', { name: /default → spare/ });
    await see.visible(done.locator('.badge', { hasText: 'Succeeded' }));
    await see.visible(card.getByText('Its database is on spare.'));
    await screenshots(page, 'console-move');
    const musicians = await ens.api('get', '/api/musicians?q=maja').expect(200);
    expect(musicians.body.items.map((m: { lastName: string }) => m.lastName)).toEqual(['Flyttad']);

    // "spare" drains and its ensembles move off (back to default), then it closes.
    await page.getByRole('link', { name: 'Database servers' }).first().click();
    await servers.getByRole('button', { name: 'Drain: spare' }).click();
    await servers.getByRole('button', { name: 'Move ensembles off: spare' }).click();
    await see.visible(page.getByText('1 move started; the ensemble’s page shows its progress.'));
    await eventually(async () => {
      await page.reload();
      await see.visible(servers.getByRole('row', { name: /spare/ }));
      expect(await servers.getByRole('row', { name: /spare/ }).getByText('0 of 500').count()).toBe(
        1,
      );
    }, 30_000);
    await servers.getByRole('button', { name: 'Close: spare' }).click();
    await see.visible(
      servers.getByRole('row', { name: /spare/ }).locator('.badge', { hasText: 'Closed' }),
    );
    const back = await ens.api('get', '/api/musicians?q=maja').expect(200);
    expect(back.body.items).toHaveLength(1);

    // The default server drains: it keeps its ensembles and takes no new ones.
    await servers.getByRole('button', { name: 'Drain: default' }).click();
    await see.visible(
      servers.getByRole('row', { name: /default/ }).locator('.badge', { hasText: 'Draining' }),
    );
    await servers.getByRole('button', { name: 'Open: default' }).click();
    await see.visible(
      servers.getByRole('row', { name: /default/ }).locator('.badge', { hasText: 'Open' }),
    );
  }, 120_000);
});
