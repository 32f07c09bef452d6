import {
  createTenant,
  createTestApp,
  FakeS3Server,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.alloc(500, 'y'),
  Buffer.from('\n%%EOF'),
]);

/** The library's files in an S3-compatible bucket, through the AWS SDK, against a local stand-in. */
describe('the music library on S3-compatible storage', () => {
  const s3 = new FakeS3Server();
  let t: TestApp;
  let band: TestTenant;

  beforeAll(async () => {
    await s3.start();
    t = await createTestApp({
      env: {
        FILE_STORAGE: 's3',
        S3_BUCKET: s3.bucket,
        S3_ENDPOINT: s3.url,
        S3_REGION: 'eu-north-1',
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: 'not-a-real-secret',
      },
    });
    band = await createTenant(t, 's3band');
  });
  afterAll(async () => {
    await t?.close();
    await s3.stop();
  });

  it('puts an upload in the bucket under the tenant, serves it through a signed link, and deletes it', async () => {
    const piece = await band
      .api('post', '/api/library/pieces')
      .send({ title: 'Bucket piece' })
      .expect(201);
    const up = await band
      .api('post', `/api/library/pieces/${piece.body.pieceId}/files`)
      .field('kind', 'full_score')
      .attach('file', PDF, { filename: 'score.pdf', contentType: 'application/pdf' })
      .expect(201);
    const put = s3.calls.find((c) => c.method === 'PUT')!;
    expect(put.key.startsWith(`${band.id}/library/`)).toBe(true);
    expect(put.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=TUTTITESTKEY\/\d{8}\/eu-north-1\/s3\/aws4_request/,
    );
    expect(put.contentType).toBe('application/pdf');
    expect(s3.objects.get(`${s3.bucket}/${put.key}`)!.body.equals(PDF)).toBe(true);

    const link = await band.api('post', `/api/library/files/${up.body.fileId}/link`).expect(201);
    const got = await t.http
      .get(new URL(link.body.url).pathname)
      .set('Host', band.host)
      .buffer(true)
      .expect(200);
    expect(Buffer.compare(got.body as Buffer, PDF)).toBe(0);

    await band.api('delete', `/api/library/files/${up.body.fileId}`).expect(204);
    expect(s3.objects.size).toBe(0);
    // The bytes gone from the bucket: a link made before now answers 404, not 500.
    await t.http.get(new URL(link.body.url).pathname).set('Host', band.host).expect(404);
  });

  it('keeps nothing in the bucket when a refused file is uploaded', async () => {
    const before = s3.calls.length;
    const piece = await band
      .api('post', '/api/library/pieces')
      .send({ title: 'Refused' })
      .expect(201);
    await band
      .api('post', `/api/library/pieces/${piece.body.pieceId}/files`)
      .field('kind', 'part')
      .attach('file', Buffer.from('not a pdf'), {
        filename: 'x.pdf',
        contentType: 'application/pdf',
      })
      .expect(400);
    expect(s3.calls.slice(before)).toEqual([]);
  });
});
