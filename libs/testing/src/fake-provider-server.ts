import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface RecordedCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A local stand-in for Twilio's and Resend's HTTP APIs on 127.0.0.1, answering in their
 * documented shapes, that records exactly what the official SDKs sent.
 */
export class FakeProviderServer {
  readonly calls: RecordedCall[] = [];
  private server?: Server;
  private seq = 0;
  /** Makes the next `count` calls whose path matches fail with 500 (retry tests). */
  failNext: { count: number; path: RegExp } = { count: 0, path: /./ };
  /**
   * Takes the next `count` emails and never answers (a sender that dies mid-request). As Resend
   * would, it has accepted them: a retry with the same Idempotency-Key is not delivered again.
   */
  holdNextEmails = 0;
  /** Emails delivered, once per Idempotency-Key (Resend's documented de-duplication). */
  readonly deliveredEmails = new Map<string, string>();
  private readonly held = new Set<import('node:http').ServerResponse>();

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        this.calls.push({
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body,
        });
        res.setHeader('content-type', 'application/json');
        if (this.failNext.count > 0 && this.failNext.path.test(req.url ?? '')) {
          this.failNext.count--;
          res.statusCode = 500;
          return res.end(JSON.stringify({ message: 'injected failure' }));
        }
        const id = ++this.seq;
        const twilio = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]+)\/Messages\.json$/.exec(
          req.url ?? '',
        );
        if (req.method === 'POST' && twilio) {
          const form = new URLSearchParams(body);
          res.statusCode = 201;
          return res.end(
            JSON.stringify({
              sid: `SM${String(id).padStart(32, '0')}`,
              account_sid: twilio[1],
              to: form.get('To'),
              from: form.get('From'),
              body: form.get('Body'),
              status: 'queued',
              num_segments: '1',
              direction: 'outbound-api',
              api_version: '2010-04-01',
              date_created: new Date().toUTCString(),
              uri: `${req.url}`,
            }),
          );
        }
        if (req.method === 'POST' && req.url === '/emails') {
          const key = req.headers['idempotency-key'];
          const known = typeof key === 'string' ? this.deliveredEmails.get(key) : undefined;
          const emailId = known ?? `re_${id}`;
          if (!known) this.deliveredEmails.set(typeof key === 'string' ? key : emailId, emailId);
          if (this.holdNextEmails > 0) {
            this.holdNextEmails--;
            this.held.add(res);
            return;
          }
          res.statusCode = 200;
          return res.end(JSON.stringify({ id: emailId }));
        }
        res.statusCode = 404;
        res.end(JSON.stringify({ message: `no such route ${req.method} ${req.url}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as { port: number };
    return `http://127.0.0.1:${address.port}`;
  }

  twilioCalls() {
    return this.calls
      .filter((c) => c.path.includes('/Messages.json'))
      .map((c) => ({ ...c, form: new URLSearchParams(c.body) }));
  }

  resendCalls() {
    return this.calls
      .filter((c) => c.path === '/emails')
      .map((c) => ({ ...c, json: JSON.parse(c.body) as Record<string, unknown> }));
  }

  async stop(): Promise<void> {
    for (const res of this.held) res.destroy();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}
