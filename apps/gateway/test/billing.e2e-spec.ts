import { BillingGraceService, StripeCatalog } from '#tutti/billing';
import { Clock } from '#tutti/common';
import { TenantUrls } from '#tutti/tenancy';
import {
  AdjustableClock,
  adminQuery,
  createTenant,
  createTestApp,
  eventually,
  FakeStripeServer,
  type StripeEventShape,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Billing against the official Stripe SDK pointed at a local stand-in: the catalogue, Checkout,
 * the portal, webhooks stored once and applied in any order, the grace period, sign-up.
 */
describe('billing with Stripe', () => {
  let t: TestApp;
  let stripe: FakeStripeServer;
  let ens: TestTenant;
  const clock = new AdjustableClock();

  beforeAll(async () => {
    stripe = new FakeStripeServer();
    await stripe.start();
    t = await createTestApp({
      env: { ...stripe.env(), BILLING_GRACE_DAYS: '14', TRIAL_DAYS: '30' },
      overrides: [{ provide: Clock, useValue: clock }],
    });
    await t.get<StripeCatalog>(StripeCatalog).sync();
    ens = await createTenant(t, 'billed');
  });
  afterAll(async () => {
    await t?.close();
    await stripe.stop();
  });

  const urls = () => t.get<TenantUrls>(TenantUrls);
  const control = (sql: string, params: unknown[] = []) => adminQuery(t.controlUrl, sql, params);
  const orchestra = async (id: string) =>
    (
      await control(
        `SELECT status, plan, "maxMusicians", "billingStatus", "pastDueSince", "suspendedForBilling"
           FROM "Orchestra" WHERE id = $1`,
        [id],
      )
    )[0];
  const send = (event: StripeEventShape, signature?: string) => {
    const payload = JSON.stringify(event);
    return t.http
      .post('/platform/stripe/webhook')
      .set('Host', t.centralHost)
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signature ?? stripe.sign(payload))
      .send(payload);
  };
  const processed = (eventId: string) =>
    eventually(async () => {
      const row = (
        await control(`SELECT processed, outcome FROM "StripeWebhookEvent" WHERE "eventId" = $1`, [
          eventId,
        ])
      )[0];
      expect(row?.processed).toBe(true);
    }, 20_000);
  const priceOf = async (plan: string) =>
    (await control(`SELECT id, "lookupKey" FROM "StripePrice" WHERE plan = $1`, [plan]))[0];
  const subscriptionFor = async (orchestraId: string, plan: string, status = 'active') => {
    const price = await priceOf(plan);
    return stripe.subscription({
      id: `sub_${orchestraId.slice(0, 8)}`,
      customer: 'cus_billed',
      price: { id: price.id, lookup_key: price.lookupKey, object: 'price' },
      status,
      metadata: { orchestraId },
    });
  };

  it('keeps one Stripe product and price per plan, however often the catalogue is synced', async () => {
    await t.get<StripeCatalog>(StripeCatalog).sync();
    expect(stripe.callsTo('POST', '/v1/prices')).toHaveLength(3);
    expect(stripe.callsTo('POST', '/v1/products')).toHaveLength(3);
    const prices = await control(
      `SELECT plan, "unitAmount", currency FROM "StripePrice" ORDER BY "unitAmount"`,
    );
    expect(prices).toEqual([
      { plan: 'small', unitAmount: 2490, currency: 'sek' },
      { plan: 'medium', unitAmount: 4990, currency: 'sek' },
      { plan: 'large', unitAmount: 9990, currency: 'sek' },
    ]);
    const price = stripe.callsTo('POST', '/v1/prices')[0];
    expect(price.params).toMatchObject({
      lookup_key: 'tutti_small_monthly',
      recurring: { interval: 'month' },
    });
    expect(price.idempotencyKey).toBe('tutti-price-small-2490-sek');
  });

  it('starts Checkout for a plan with a Stripe customer made once, and opens the portal', async () => {
    const bad = await ens.api('post', '/api/billing/checkout').send({ plan: 'huge' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.field).toBe('plan');
    const first = await ens
      .api('post', '/api/billing/checkout')
      .send({ plan: 'large' })
      .expect(200);
    expect(first.body.url).toMatch(/\/pay\/cs_test_/);
    await ens.api('post', '/api/billing/checkout').send({ plan: 'medium' }).expect(200);
    expect(stripe.callsTo('POST', '/v1/customers')).toHaveLength(1);
    const sessions = stripe.callsTo('POST', '/v1/checkout/sessions');
    expect(sessions).toHaveLength(2);
    const large = await priceOf('large');
    expect(sessions[0].params).toMatchObject({
      mode: 'subscription',
      client_reference_id: ens.id,
      line_items: [{ price: large.id, quantity: '1' }],
      subscription_data: { metadata: { orchestraId: ens.id, plan: 'large' } },
      success_url: `${urls().tenant('billed')}/billing?checkout=success`,
    });
    const profile = (
      await control(
        `SELECT c."stripeCustomerId" FROM "CustomerProfile" c JOIN "Orchestra" o ON o."customerProfileId" = c.id WHERE o.id = $1`,
        [ens.id],
      )
    )[0];
    expect(profile.stripeCustomerId).toMatch(/^cus_/);
    expect(sessions[1].params.customer).toBe(profile.stripeCustomerId);
    const portal = await ens.api('post', '/api/billing/portal').expect(200);
    expect(portal.body.url).toMatch(/\/portal\/bps_/);
    expect(stripe.callsTo('POST', '/v1/billing_portal/sessions')[0].params).toMatchObject({
      customer: profile.stripeCustomerId,
      return_url: `${urls().tenant('billed')}/billing`,
    });
  });

  it('refuses a forged signature and stores nothing', async () => {
    const event = stripe.event(
      'customer.subscription.created',
      await subscriptionFor(ens.id, 'large'),
    );
    const forged = await send(event, stripe.sign(JSON.stringify(event), 'whsec_not_the_secret'));
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('webhook/bad-signature');
    const unsigned = await t.http
      .post('/platform/stripe/webhook')
      .set('Host', t.centralHost)
      .send(event);
    expect(unsigned.status).toBe(403);
    const stored = await control(`SELECT 1 FROM "StripeWebhookEvent" WHERE "eventId" = $1`, [
      event.id,
    ]);
    expect(stored.length).toBe(0);
  });

  it('stores an event once and applies it once, however often Stripe delivers it', async () => {
    const event = stripe.event(
      'customer.subscription.created',
      await subscriptionFor(ens.id, 'large'),
    );
    const deliveries = await Promise.all([send(event), send(event), send(event)]);
    expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200]);
    expect(deliveries.filter((d) => d.body.duplicate === false)).toHaveLength(1);
    await processed(event.id);
    const rows = await control(`SELECT outcome FROM "StripeWebhookEvent" WHERE "eventId" = $1`, [
      event.id,
    ]);
    expect(rows).toEqual([{ outcome: 'applied' }]);
    expect(await orchestra(ens.id)).toMatchObject({
      billingStatus: 'active',
      plan: 'large',
      maxMusicians: 1000,
      status: 'active',
    });
    const log = await control(
      `SELECT message FROM "SystemLog" WHERE category = 'billing' AND "orchestraId" = $1`,
      [ens.id],
    );
    expect(log).toHaveLength(1);
    expect(log[0].message).toContain('plan medium → large');
    const view = await ens.api('get', '/api/billing').expect(200);
    expect(view.body).toMatchObject({
      plan: 'large',
      status: 'active',
      limits: { maxMusicians: 1000 },
    });
    // Subscribed: a second Checkout would make a second subscription; the portal changes plans.
    const again = await ens.api('post', '/api/billing/checkout').send({ plan: 'small' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('billing/already-subscribed');
  });

  it('ends in the state of the newest event when an older one arrives later', async () => {
    const now = Math.floor(clock.now().getTime() / 1000) + 100;
    const newer = stripe.event(
      'customer.subscription.updated',
      await subscriptionFor(ens.id, 'small'),
      now + 20,
    );
    const older = stripe.event(
      'customer.subscription.updated',
      await subscriptionFor(ens.id, 'medium'),
      now + 10,
    );
    await send(newer).expect(200);
    await processed(newer.id);
    await send(older).expect(200);
    await processed(older.id);
    const outcomes = await control(
      `SELECT "eventId", outcome FROM "StripeWebhookEvent" WHERE "eventId" = ANY($1)`,
      [[newer.id, older.id]],
    );
    expect(
      Object.fromEntries(outcomes.map((r: Record<string, string>) => [r.eventId, r.outcome])),
    ).toEqual({
      [newer.id]: 'applied',
      [older.id]: 'stale',
    });
    expect(await orchestra(ens.id)).toMatchObject({ plan: 'small', maxMusicians: 75 });
    const sub = await control(`SELECT plan FROM "Subscription" WHERE "orchestraId" = $1`, [ens.id]);
    expect(sub).toEqual([{ plan: 'small' }]);
  });

  it('moves a failed payment to past due, suspends after the grace period, and reopens when paid', async () => {
    const sub = await subscriptionFor(ens.id, 'small');
    const base = Math.floor(clock.now().getTime() / 1000) + 1000;
    const failed = stripe.event('invoice.payment_failed', stripe.invoice(sub, 'open'), base);
    await send(failed).expect(200);
    await processed(failed.id);
    expect(await orchestra(ens.id)).toMatchObject({ billingStatus: 'past_due', status: 'active' });
    const banner = await ens.api('get', '/api/billing').expect(200);
    expect(banner.body.status).toBe('past_due');
    expect(
      new Date(banner.body.graceEndsAt).getTime() - new Date(banner.body.pastDueSince).getTime(),
    ).toBe(14 * DAY);
    await ens.api('get', '/api/musicians').expect(200); // still working within the grace period

    const grace = t.get<BillingGraceService>(BillingGraceService);
    expect((await grace.run()).suspended).toBe(0);
    clock.advance(15 * DAY);
    const [first, second] = await Promise.all([grace.run(), grace.run()]);
    expect(first.suspended + second.suspended).toBe(1); // once, though two copies swept
    expect(await orchestra(ens.id)).toMatchObject({
      status: 'suspended',
      suspendedForBilling: true,
    });
    await eventually(async () => {
      const closed = await ens.api('get', '/api/musicians');
      expect(closed.status).toBe(403);
      expect(closed.body.error.code).toBe('tenant/suspended');
    });
    // The admin can still sign in and pay: billing stays open.
    const open = await ens.api('get', '/api/billing').expect(200);
    expect(open.body.suspended).toBe(true);
    await ens.api('post', '/api/billing/portal').expect(200);
    const answers = await t.http.get('/r/whatever').set('Host', ens.host);
    expect(answers.status).toBe(403);

    const paid = stripe.event(
      'invoice.paid',
      stripe.invoice(sub, 'paid'),
      Math.floor(clock.now().getTime() / 1000),
    );
    await send(paid).expect(200);
    await processed(paid.id);
    expect(await orchestra(ens.id)).toMatchObject({
      status: 'active',
      billingStatus: 'active',
      suspendedForBilling: false,
      pastDueSince: null,
    });
    await eventually(() =>
      ens
        .api('get', '/api/musicians')
        .expect(200)
        .then(() => undefined),
    );
  });

  it('never lifts a suspension platform staff made for another reason', async () => {
    const other = await createTenant(t, 'billed-manual');
    const token = await t.superadminToken();
    await t.http
      .post(`/platform/orchestras/${other.id}/suspend`)
      .set('Host', t.centralHost)
      .auth(token, { type: 'bearer' })
      .send({ reason: 'Terms of service' })
      .expect(200);
    const sub = await subscriptionFor(other.id, 'medium');
    const paid = stripe.event(
      'invoice.paid',
      stripe.invoice(sub, 'paid'),
      Math.floor(clock.now().getTime() / 1000),
    );
    await send(paid).expect(200);
    await processed(paid.id);
    expect(await orchestra(other.id)).toMatchObject({
      status: 'suspended',
      billingStatus: 'active',
    });
  });

  it('signs an ensemble up on a trial: available subdomain, provisioning, first admin sets a password', async () => {
    const check = (s: string) =>
      t.http
        .get('/platform/signup/availability')
        .query({ subdomain: s })
        .set('Host', t.centralHost);
    expect((await check('admin').expect(200)).body).toMatchObject({ available: false });
    expect((await check('billed').expect(200)).body).toMatchObject({
      available: false,
      reason: 'is taken',
    });
    expect((await check('Nya-Blasorkestern').expect(200)).body).toMatchObject({ available: true });

    const bad = await t.http.post('/platform/signup').set('Host', t.centralHost).send({
      name: 'X',
      subdomain: 'nya',
      kind: 'choir',
      plan: 'small',
      contactName: 'A',
      contactEmail: 'nope',
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.error.details.fields.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'kind', 'contactName', 'contactEmail']));

    const res = await t.http
      .post('/platform/signup')
      .set('Host', t.centralHost)
      .send({
        name: 'Nya Blåsorkestern',
        subdomain: 'nya-blasorkestern',
        kind: 'band',
        plan: 'small',
        contactName: 'Sekreteraren',
        contactEmail: 'Sekreterare@Nya.example',
      })
      .expect(201);
    expect(res.body.checkoutUrl).toBeNull();
    const taken = await t.http.post('/platform/signup').set('Host', t.centralHost).send({
      name: 'Again',
      subdomain: 'nya-blasorkestern',
      kind: 'band',
      plan: 'small',
      contactName: 'Again',
      contactEmail: 'a@b.example',
    });
    expect(taken.status).toBe(409);
    await eventually(async () => {
      const status = await t.http
        .get(`/platform/signup/${res.body.id}`)
        .set('Host', t.centralHost)
        .expect(200);
      expect(status.body.status).toBe('active');
    }, 60_000);
    const row = (
      await control(
        `SELECT "billingStatus", "trialEndsAt", "selfService", plan FROM "Orchestra" WHERE id = $1`,
        [res.body.id],
      )
    )[0];
    expect(row).toMatchObject({ billingStatus: 'trialing', selfService: true, plan: 'small' });
    expect(new Date(row.trialEndsAt).getTime() - clock.now().getTime()).toBeGreaterThan(29 * DAY);
    const token = new URL(res.body.setPasswordUrl).hash.slice(1);
    const signedIn = await t.http
      .post('/api/auth/invitations/accept')
      .set('Host', t.hostOf('nya-blasorkestern'))
      .send({ token, password: 'a long enough password' })
      .expect(200);
    const me = await t.http
      .get('/api/auth/me')
      .set('Host', t.hostOf('nya-blasorkestern'))
      .auth(signedIn.body.accessToken, { type: 'bearer' })
      .expect(200);
    expect(me.body).toMatchObject({ role: 'admin' });
    const admin = await control(
      `SELECT role, "passwordHash" IS NOT NULL AS "hasPassword" FROM "User" WHERE email = $1`,
      ['sekreterare@nya.example'],
    );
    expect(admin).toEqual([{ role: 'admin', hasPassword: true }]);

    // The trial ends with no subscription: payment is due, and the grace period runs from then.
    clock.advance(31 * DAY);
    await t.get<BillingGraceService>(BillingGraceService).run();
    expect(await orchestra(res.body.id)).toMatchObject({
      billingStatus: 'past_due',
      status: 'active',
    });
  });

  it('signs up paying now: Checkout, then the subscription activates the ensemble', async () => {
    const res = await t.http
      .post('/platform/signup')
      .set('Host', t.centralHost)
      .send({
        name: 'Kammarkören',
        subdomain: 'kammar',
        kind: 'orchestra',
        plan: 'medium',
        contactName: 'Ordförande',
        contactEmail: 'ordf@kammar.example',
        start: 'checkout',
      })
      .expect(201);
    expect(res.body.checkoutUrl).toMatch(/\/pay\/cs_test_/);
    const session = stripe.callsTo('POST', '/v1/checkout/sessions').at(-1)!;
    expect(session.params).toMatchObject({
      client_reference_id: res.body.id,
      success_url: `${urls().central()}/signup/done?id=${res.body.id}&checkout=success`,
    });
    expect((session.params.subscription_data as Record<string, unknown>).trial_end).toBeUndefined();
  });
});
