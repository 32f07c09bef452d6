import { createServer, type IncomingMessage, request, type Server } from 'node:http';

import Stripe from 'stripe';

export interface StripeCall {
  method: string;
  path: string;
  params: Record<string, unknown>;
  idempotencyKey: string | undefined;
}

export interface StripeEventShape {
  id: string;
  object: 'event';
  type: string;
  created: number;
  livemode: false;
  api_version: string;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  data: { object: Record<string, unknown> };
}

type Obj = Record<string, unknown>;

/** Stripe's form encoding (`line_items[0][price]=…`, `metadata[plan]=…`) back into objects. */
function decodeParams(encoded: string): Obj {
  const root: Obj = {};
  for (const [key, value] of new URLSearchParams(encoded)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: Obj = root;
    path.forEach((segment, i) => {
      if (i === path.length - 1) {
        node[segment] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1]);
      node[segment] ??= nextIsIndex ? [] : {};
      node = node[segment] as Obj;
    });
  }
  return root;
}

/**
 * A local stand-in for the parts of Stripe's API Tutti calls (customers, products, prices,
 * Checkout, the billing portal), answering in Stripe's documented shapes, plus a Checkout page
 * that "pays" and sends the signed webhook events Stripe would. The official SDK talks to it
 * through `STRIPE_API_BASE`; it checks the secret key and replays idempotent requests.
 */
export class FakeStripeServer {
  readonly calls: StripeCall[] = [];
  readonly secretKey = `sk_test_${Math.random().toString(36).slice(2)}`;
  readonly webhookSecret = `whsec_${Math.random().toString(36).slice(2)}`;
  /** Where events are delivered (the gateway's central domain), set once it listens. */
  webhook: { url: string; host: string } | null = null;
  readonly delivered: Array<{ event: StripeEventShape; status: number }> = [];
  private server?: Server;
  private base = '';
  private seq = 0;
  private readonly objects = new Map<string, Obj>();
  private readonly replies = new Map<string, Obj>();

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        void this.handle(req, body).then(
          ({ status, json, html, location }) => {
            if (location) {
              res.writeHead(303, { location });
              return res.end();
            }
            res.writeHead(status, {
              'content-type': html ? 'text/html; charset=utf-8' : 'application/json',
              'request-id': `req_${this.seq}`,
            });
            res.end(html ?? JSON.stringify(json));
          },
          (err: Error) => {
            res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ error: { type: 'api_error', message: err.message } }));
          },
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as { port: number };
    this.base = `http://127.0.0.1:${address.port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The environment that points the gateway's Stripe SDK here. */
  env(): Record<string, string> {
    return {
      STRIPE_SECRET_KEY: this.secretKey,
      STRIPE_WEBHOOK_SECRET: this.webhookSecret,
      STRIPE_API_BASE: this.base,
    };
  }

  callsTo(method: string, path: string): StripeCall[] {
    return this.calls.filter((c) => c.method === method && c.path === path);
  }

  private id(prefix: string): string {
    return `${prefix}_${String(++this.seq).padStart(14, '0')}`;
  }

  private now(): number {
    return Math.floor(Date.now() / 1000);
  }

  private async handle(
    req: IncomingMessage,
    body: string,
  ): Promise<{ status: number; json?: unknown; html?: string; location?: string }> {
    const url = new URL(req.url ?? '/', this.base);
    const method = req.method ?? 'GET';
    const pay = /^\/pay\/(cs_test_\w+)$/.exec(url.pathname);
    if (pay) return this.checkoutPage(method, pay[1]);
    const portal = /^\/portal\/(bps_\w+)$/.exec(url.pathname);
    if (portal) {
      const session = this.objects.get(portal[1]);
      return session
        ? {
            status: 200,
            html: `<h1>Billing portal</h1><a href="${String(session.return_url)}">Return</a>`,
          }
        : { status: 404, html: 'no such session' };
    }
    if (req.headers.authorization !== `Bearer ${this.secretKey}`)
      return {
        status: 401,
        json: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } },
      };
    const params = decodeParams(method === 'GET' ? url.search.slice(1) : body);
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    this.calls.push({ method, path: url.pathname, params, idempotencyKey });
    const replayKey = idempotencyKey ? `${method} ${url.pathname} ${idempotencyKey}` : null;
    if (replayKey && this.replies.has(replayKey))
      return { status: 200, json: this.replies.get(replayKey) };
    const reply = this.route(method, url.pathname, params);
    if (!reply)
      return {
        status: 404,
        json: {
          error: {
            type: 'invalid_request_error',
            message: `Unrecognized request URL (${method}: ${url.pathname})`,
          },
        },
      };
    if (replayKey) this.replies.set(replayKey, reply);
    return { status: 200, json: reply };
  }

  private route(method: string, path: string, p: Obj): Obj | null {
    const created = this.now();
    if (method === 'POST' && path === '/v1/customers') {
      return this.save({
        id: this.id('cus'),
        object: 'customer',
        created,
        email: p.email ?? null,
        name: p.name ?? null,
        metadata: p.metadata ?? {},
        livemode: false,
      });
    }
    if (method === 'POST' && path === '/v1/products') {
      return this.save({
        id: this.id('prod'),
        object: 'product',
        created,
        active: true,
        name: p.name,
        metadata: p.metadata ?? {},
        livemode: false,
      });
    }
    if (method === 'GET' && path === '/v1/prices') {
      const keys = (p.lookup_keys as string[] | undefined) ?? [];
      const data = [...this.objects.values()].filter(
        (o) =>
          o.object === 'price' && o.active && (!keys.length || keys.includes(String(o.lookup_key))),
      );
      return { object: 'list', data, has_more: false, url: '/v1/prices' };
    }
    if (method === 'POST' && path === '/v1/prices') {
      if (p.transfer_lookup_key === 'true')
        for (const o of this.objects.values())
          if (o.object === 'price' && o.lookup_key === p.lookup_key) o.lookup_key = null;
      return this.save({
        id: this.id('price'),
        object: 'price',
        created,
        active: true,
        type: 'recurring',
        product: p.product,
        currency: p.currency,
        unit_amount: Number(p.unit_amount),
        recurring: {
          interval: (p.recurring as Obj | undefined)?.interval ?? 'month',
          interval_count: 1,
        },
        lookup_key: p.lookup_key ?? null,
        metadata: p.metadata ?? {},
        livemode: false,
      });
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const id = this.id('cs_test');
      return this.save({
        id,
        object: 'checkout.session',
        created,
        mode: p.mode,
        customer: p.customer ?? null,
        client_reference_id: p.client_reference_id ?? null,
        line_items_requested: p.line_items,
        metadata: p.metadata ?? {},
        subscription_data: p.subscription_data ?? {},
        status: 'open',
        payment_status: 'unpaid',
        subscription: null,
        success_url: p.success_url,
        cancel_url: p.cancel_url,
        url: `${this.base}/pay/${id}`,
        expires_at: created + 24 * 3600,
        livemode: false,
      });
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      const id = this.id('bps');
      return this.save({
        id,
        object: 'billing_portal.session',
        created,
        customer: p.customer,
        return_url: p.return_url ?? null,
        url: `${this.base}/portal/${id}`,
        livemode: false,
      });
    }
    return null;
  }

  private save(o: Obj): Obj {
    this.objects.set(String(o.id), o);
    return o;
  }

  /** Stripe's hosted Checkout, in brief: a page with Pay and Cancel. */
  private async checkoutPage(
    method: string,
    id: string,
  ): Promise<{ status: number; html?: string; location?: string }> {
    const session = this.objects.get(id);
    if (!session) return { status: 404, html: 'No such Checkout session' };
    if (method === 'GET') {
      const item = ((session.line_items_requested as Obj[] | undefined) ?? [])[0] ?? {};
      const price = this.objects.get(String(item.price));
      return {
        status: 200,
        html: `<!doctype html><title>Checkout</title><h1>Stripe Checkout (test)</h1>
<p>${(Number(price?.unit_amount ?? 0) / 100).toFixed(2)} ${(typeof price?.currency === 'string' ? price.currency : '').toUpperCase()} / month</p>
<form method="post"><button type="submit">Pay</button></form>
<a href="${String(session.cancel_url)}">Cancel</a>`,
      };
    }
    const { subscription } = await this.complete(id);
    void subscription;
    return { status: 303, location: String(session.success_url) };
  }

  /** Pays a Checkout session: a subscription, and the events Stripe sends, delivered signed. */
  async complete(sessionId: string): Promise<{ subscription: Obj }> {
    const session = this.objects.get(sessionId)!;
    const item = ((session.line_items_requested as Obj[] | undefined) ?? [])[0] ?? {};
    const price = this.objects.get(String(item.price)) ?? { id: item.price };
    const data = (session.subscription_data ?? {}) as Obj;
    const trialEnd = data.trial_end ? Number(data.trial_end) : null;
    const subscription = this.subscription({
      customer: String(session.customer),
      price,
      status: trialEnd ? 'trialing' : 'active',
      metadata: (data.metadata as Obj | undefined) ?? {},
      trialEnd,
    });
    Object.assign(session, {
      status: 'complete',
      payment_status: trialEnd ? 'no_payment_required' : 'paid',
      subscription: subscription.id,
    });
    await this.deliver(this.event('checkout.session.completed', session));
    await this.deliver(this.event('customer.subscription.created', subscription));
    if (!trialEnd)
      await this.deliver(this.event('invoice.paid', this.invoice(subscription, 'paid')));
    return { subscription };
  }

  /** A subscription object in Stripe's shape (API 2025+: the period is on the item). */
  subscription(o: {
    customer: string;
    price: Obj;
    status: string;
    metadata?: Obj;
    trialEnd?: number | null;
    id?: string;
  }): Obj {
    const start = this.now();
    const id = o.id ?? this.id('sub');
    return this.save({
      id,
      object: 'subscription',
      created: start,
      customer: o.customer,
      status: o.status,
      metadata: o.metadata ?? {},
      cancel_at_period_end: false,
      canceled_at: null,
      trial_end: o.trialEnd ?? null,
      items: {
        object: 'list',
        data: [
          {
            id: this.id('si'),
            object: 'subscription_item',
            price: o.price,
            quantity: 1,
            current_period_start: start,
            current_period_end: start + 30 * 24 * 3600,
          },
        ],
      },
      livemode: false,
    });
  }

  /** An object the stand-in holds (a subscription made by paying Checkout, say). */
  object(id: string): Obj | undefined {
    return this.objects.get(id);
  }

  /** An invoice of a subscription (API 2025+: the subscription is under parent). */
  invoice(subscription: Obj, status: 'paid' | 'open'): Obj {
    return {
      id: this.id('in'),
      object: 'invoice',
      customer: subscription.customer,
      status,
      amount_due: 0,
      parent: {
        type: 'subscription_details',
        subscription_details: { subscription: subscription.id, metadata: subscription.metadata },
      },
      livemode: false,
    };
  }

  event(type: string, object: Obj, created = this.now()): StripeEventShape {
    return {
      id: this.id('evt'),
      object: 'event',
      type,
      created,
      livemode: false,
      api_version: '2025-11-17.clover',
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: structuredClone(object) },
    };
  }

  /** The Stripe-Signature header Stripe would send for this payload. */
  sign(payload: string, secret = this.webhookSecret): string {
    return Stripe.webhooks.generateTestHeaderString({ payload, secret });
  }

  /** Delivers an event to the configured webhook, signed, as Stripe does. */
  async deliver(event: StripeEventShape): Promise<number> {
    if (!this.webhook) throw new Error('FakeStripeServer: no webhook target set');
    const payload = JSON.stringify(event);
    const target = new URL(this.webhook.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            host: this.webhook!.host,
            'content-type': 'application/json; charset=utf-8',
            'stripe-signature': this.sign(payload),
            'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
    this.delivered.push({ event, status });
    return status;
  }
}
