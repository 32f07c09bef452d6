import { StripeCatalog } from '#tutti/billing';
import {
  adminQuery,
  type BrowserStack,
  describeInBrowser,
  eventually,
  FakeStripeServer,
  screenshots,
  see,
  startBrowserStack,
} from '#tutti/testing';

/**
 * Self-service sign-up through Checkout (Stripe's hosted page played by a local stand-in that
 * the official SDK talks to and that sends the signed webhooks), then the new admin's Billing.
 */
describeInBrowser('sign-up and billing in a browser', () => {
  let stack: BrowserStack;
  let stripe: FakeStripeServer;

  beforeAll(async () => {
    stripe = new FakeStripeServer();
    await stripe.start();
    stack = await startBrowserStack({ env: stripe.env() });
    await stack.t.get<StripeCatalog>(StripeCatalog).sync();
    stripe.webhook = {
      url: `http://127.0.0.1:${stack.port}/platform/stripe/webhook`,
      host: `admin.localhost:${stack.port}`,
    };
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    await stripe?.stop();
  });

  it('someone signs their band up, pays in Checkout, chooses a password and finds the plan active under Billing', async () => {
    const { page } = await stack.newPage();
    await page.goto(`${stack.centralUrl}/`);
    await page.getByRole('link', { name: 'New here? Create an ensemble' }).click();
    await see.visible(page.getByRole('heading', { name: 'Start with Tutti' }));

    // The address is checked while typing: reserved, then free.
    await page.getByLabel('Name of the ensemble').fill('Ekeby Brassband');
    await page.getByLabel('Address').fill('admin');
    await see.visible(page.getByText(/admin cannot be used: .*reserved/));
    await page.getByLabel('Address').fill('ekeby');
    await see.visible(page.getByText('ekeby is free.'));
    await page.getByLabel('Kind').selectOption('band');
    await page.getByLabel('Plan').selectOption('medium');
    await page.getByLabel('Your name').fill('Stina Holm');
    await page.getByLabel('Your email').fill('stina@ekeby.example');
    await page.getByLabel('Pay now by card').check();
    await screenshots(page, 'signup');
    await page.getByRole('button', { name: 'Create the ensemble' }).click();

    // Stripe's Checkout (the stand-in) for the Medium plan's price, then back.
    await see.visible(page.getByRole('heading', { name: 'Stripe Checkout (test)' }));
    await see.visible(page.getByText('49.90 SEK / month'));
    await page.getByRole('button', { name: 'Pay' }).click();
    await see.visible(page.getByText('Payment received. Thank you!'));
    await see.visible(page.getByText(/Ready: http:\/\/ekeby\.localhost/));
    await screenshots(page, 'signup-done');

    const [orchestra] = await adminQuery(
      stack.t.controlUrl,
      `SELECT id, plan, "billingStatus", "selfService" FROM "Orchestra" WHERE subdomain = 'ekeby'`,
    );
    expect(orchestra).toMatchObject({ plan: 'medium', selfService: true });
    const checkout = stripe.callsTo('POST', '/v1/checkout/sessions').at(-1)!;
    expect(checkout.params.client_reference_id).toBe(orchestra.id);

    // The one link to choose a password, into the ensemble's own app.
    await page.getByRole('link', { name: 'Choose your password' }).click();
    await see.visible(page.getByRole('heading', { name: 'Welcome to Ekeby Brassband' }));
    await page.getByLabel('New password').fill('a long enough password');
    await page.getByLabel('Repeat the password').fill('a long enough password');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await see.visible(page.getByRole('heading', { name: 'Overview' }));
    expect(page.url()).toBe(`${stack.tenantUrl('ekeby')}/`);

    // Billing: the plan paid for, active once the webhook was applied, and its limits in use.
    await page.getByRole('link', { name: 'Billing' }).click();
    await see.visible(page.getByRole('heading', { name: 'Billing' }));
    const facts = page.getByRole('region', { name: 'Your plan' });
    await see.visible(facts.getByText('Medium'));
    await see.visible(facts.locator('.badge', { hasText: 'Active' }));
    await see.visible(facts.getByText('0 of 200'));
    await screenshots(page, 'billing');
    const [after] = await adminQuery(
      stack.t.controlUrl,
      `SELECT "billingStatus", "stripeSubscriptionId" FROM "Orchestra" WHERE id = $1`,
      [orchestra.id],
    );
    expect(after.billingStatus).toBe('active');
    expect(after.stripeSubscriptionId).toMatch(/^sub_/);

    // A failed payment: a banner on every page with the day the grace period ends, until paid.
    const subscription = stripe.object(after.stripeSubscriptionId)!;
    expect(
      await stripe.deliver(
        stripe.event('invoice.payment_failed', stripe.invoice(subscription, 'open')),
      ),
    ).toBe(200);
    await eventually(async () => {
      await page.reload();
      await see.visible(page.getByRole('status').filter({ hasText: /A payment failed\. Pay by / }));
    }, 20_000);
    await see.visible(facts.locator('.badge', { hasText: 'Payment overdue' }));
    await page.getByRole('link', { name: 'Musicians' }).click();
    await see.visible(page.getByRole('status').filter({ hasText: /A payment failed/ }));
    await screenshots(page, 'billing-past-due');
    expect(
      await stripe.deliver(stripe.event('invoice.paid', stripe.invoice(subscription, 'paid'))),
    ).toBe(200);
    await page.getByRole('link', { name: 'Go to billing' }).click();
    await eventually(async () => {
      await page.reload();
      await see.visible(facts.locator('.badge', { hasText: 'Active' }));
    }, 20_000);
    expect(await page.getByText(/A payment failed/).count()).toBe(0);

    // Invoices and the card are Stripe's billing portal, for the ensemble's own customer.
    await page.getByRole('button', { name: 'Invoices, card and plan' }).click();
    await page.waitForURL(/\/portal\/bps_/);
    const portal = stripe.callsTo('POST', '/v1/billing_portal/sessions').at(-1)!;
    expect(portal.params.customer).toBe(checkout.params.customer);
  });
});
