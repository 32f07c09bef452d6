import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  adminQuery,
  createTenant,
  createTestApp,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

const PNG = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), Buffer.alloc(400, 7)]);
const OTHER_PNG = Buffer.concat([
  Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
  Buffer.alloc(300, 9),
]);
const ICO = Buffer.concat([Buffer.from([0, 0, 1, 0]), Buffer.alloc(200, 1)]);

describe('branding: colours with a contrast check, logo and icon', () => {
  let t: TestApp;
  let band: TestTenant;
  let other: TestTenant;

  const colours = async () =>
    (
      await adminQuery<{ primaryColor: string; secondaryColor: string }>(
        t.controlUrl,
        'SELECT "primaryColor", "secondaryColor" FROM "Orchestra" WHERE id = $1',
        [band.id],
      )
    )[0];
  const upload = (kind: 'logo' | 'favicon', content: Buffer, type: string, name = 'image') =>
    band
      .api('post', `/api/branding/${kind}`)
      .attach('file', content, { filename: name, contentType: type });

  beforeAll(async () => {
    t = await createTestApp({
      env: { FILE_STORAGE_DIR: mkdtempSync(join(tmpdir(), 'tutti-branding-')) },
    });
    band = await createTenant(t, 'brandband', { name: 'Brand Band' });
    other = await createTenant(t, 'plainband');
  });
  afterAll(() => t.close());

  it('refuses a colour too faint where it is used, naming it and the ratio, and saves good ones', async () => {
    const before = await colours();
    const faint = await band
      .api('put', '/api/branding/colours')
      .send({ primaryColor: '#FFD700' })
      .expect(400);
    expect(faint.body.error).toMatchObject({
      code: 'branding/low-contrast',
      details: { field: 'primaryColor', minimum: 4.5 },
    });
    expect(faint.body.error.details.ratio).toBeLessThan(4.5);
    const accent = await band
      .api('put', '/api/branding/colours')
      .send({ primaryColor: '#1E3A8A', secondaryColor: '#F0F0F0' })
      .expect(400);
    expect(accent.body.error.details.field).toBe('secondaryColor');
    const bad = await band
      .api('put', '/api/branding/colours')
      .send({ primaryColor: 'navy' })
      .expect(400);
    expect(bad.body.error.details.field).toBe('primaryColor');
    expect(await colours()).toEqual(before);

    const ok = await band
      .api('put', '/api/branding/colours')
      .send({ primaryColor: '#1e3a8a', secondaryColor: '#b45309' })
      .expect(200);
    expect(ok.body).toMatchObject({ primaryColor: '#1E3A8A', secondaryColor: '#B45309' });
    expect(await colours()).toEqual({ primaryColor: '#1E3A8A', secondaryColor: '#B45309' });
    // The public site and the app's shell use them at once (the tenant cache heard the change).
    const site = await t.http.get('/public').set('Host', band.host).expect(200);
    expect(site.text).toContain('#1E3A8A');
    const shell = await t.http.get('/').set('Host', band.host).expect(200);
    expect(shell.text).toContain('#1E3A8A');
  });

  it('takes a raster logo and icon, type and size checked, served on the ensemble’s own host only', async () => {
    const svg = await upload(
      'logo',
      Buffer.from('<svg onload="alert(1)"/>'),
      'image/svg+xml',
    ).expect(400);
    expect(svg.body.error).toMatchObject({
      code: 'file/unsupported-type',
      details: { field: 'file' },
    });
    const lying = await upload('logo', Buffer.from('MZ not a png'), 'image/png').expect(400);
    expect(lying.body.error.code).toBe('file/type-mismatch');
    const big = await upload(
      'logo',
      Buffer.concat([PNG, Buffer.alloc(600 * 1024)]),
      'image/png',
    ).expect(400);
    expect(big.body.error).toMatchObject({
      code: 'file/too-large',
      details: { maxBytes: 512 * 1024 },
    });
    const none = await band.api('post', '/api/branding/logo').expect(400);
    expect(none.body.error.details.field).toBe('file');

    const done = await upload('logo', PNG, 'image/png', 'logo.png').expect(200);
    const logoUrl: string = done.body.logoUrl;
    expect(logoUrl).toMatch(/^\/public\/branding\/logo-[0-9a-f]{16}\.png$/);
    const served = await t.http.get(logoUrl).set('Host', band.host).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(Buffer.from(served.body as Buffer).equals(PNG)).toBe(true);
    await t.http.get(logoUrl).set('Host', other.host).expect(404);
    const page = await t.http.get('/public').set('Host', band.host).expect(200);
    expect(page.text).toContain(`<img src="${logoUrl}"`);

    // A new logo is a new address; the old one is gone.
    const next = await upload('logo', OTHER_PNG, 'image/png').expect(200);
    expect(next.body.logoUrl).not.toBe(logoUrl);
    await t.http.get(logoUrl).set('Host', band.host).expect(404);
    await t.http.get(next.body.logoUrl).set('Host', band.host).expect(200);

    const icon = await upload('favicon', ICO, 'image/x-icon', 'favicon.ico').expect(200);
    expect(icon.body.faviconUrl).toMatch(/^\/public\/branding\/favicon-[0-9a-f]{16}\.ico$/);
    const shell = await t.http.get('/').set('Host', band.host).expect(200);
    expect(shell.text).toContain(icon.body.faviconUrl);

    await band.api('delete', '/api/branding/logo').expect(200);
    await t.http.get(next.body.logoUrl).set('Host', band.host).expect(404);
    await t.http.get('/public/branding/../../etc/passwd').set('Host', band.host).expect(404);
  });
});
