import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface S3Call {
  method: string;
  bucket: string;
  key: string;
  authorization: string;
  contentType: string | undefined;
  contentSha256: string | undefined;
}

/**
 * A stand-in for an S3-compatible object store on 127.0.0.1, in S3's documented shapes
 * (path-style `/<bucket>/<key>`; 200 with an ETag on PUT; `NoSuchKey` XML on a missing GET;
 * 204 on DELETE). It refuses a request without a SigV4 Authorization header for its access
 * key, and records every call so a test can check what the SDK sent.
 */
export class FakeS3Server {
  readonly objects = new Map<string, { body: Buffer; contentType: string | undefined }>();
  readonly calls: S3Call[] = [];
  private server: Server | null = null;
  url = '';

  constructor(
    readonly accessKeyId = 'TUTTITESTKEY',
    readonly bucket = 'tutti-test',
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as { port: number };
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, bucket, ...rest] = path.split('/');
    const key = rest.join('/');
    const authorization = req.headers.authorization ?? '';
    this.calls.push({
      method: req.method ?? '',
      bucket,
      key,
      authorization,
      contentType: req.headers['content-type'],
      contentSha256: req.headers['x-amz-content-sha256'] as string | undefined,
    });
    const error = (status: number, code: string): void => {
      res
        .writeHead(status, { 'content-type': 'application/xml' })
        .end(
          `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`,
        );
    };
    if (!authorization.startsWith(`AWS4-HMAC-SHA256 Credential=${this.accessKeyId}/`))
      return error(403, 'InvalidAccessKeyId');
    if (bucket !== this.bucket) return error(404, 'NoSuchBucket');
    const id = `${bucket}/${key}`;
    if (req.method === 'PUT') {
      this.objects.set(id, { body, contentType: req.headers['content-type'] });
      res.writeHead(200, { etag: '"fake-etag"' }).end();
      return;
    }
    if (req.method === 'GET') {
      const o = this.objects.get(id);
      if (!o) return error(404, 'NoSuchKey');
      res
        .writeHead(200, {
          'content-type': o.contentType ?? 'application/octet-stream',
          'content-length': String(o.body.length),
          etag: '"fake-etag"',
        })
        .end(o.body);
      return;
    }
    if (req.method === 'DELETE') {
      this.objects.delete(id);
      res.writeHead(204).end();
      return;
    }
    error(405, 'MethodNotAllowed');
  }
}
