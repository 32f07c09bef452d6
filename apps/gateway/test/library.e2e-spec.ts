import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Clock } from '#tutti/common';
import {
  AdjustableClock,
  adminQuery,
  createTenant,
  createTestApp,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(2000, 'x'),
  Buffer.from('\n%%EOF'),
]);
const PNG = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13]);

/** Every file under a directory (the local store), recursively. */
function storedFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
  } catch {
    return [];
  }
}

describe('the music library', () => {
  const clock = new AdjustableClock();
  const storeDir = mkdtempSync(join(tmpdir(), 'tutti-files-'));
  let t: TestApp;
  let band: TestTenant;
  let other: TestTenant;
  let db: string;
  const api = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) =>
    band.api(method, path);
  const sql = <T extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    params: unknown[] = [],
  ) => adminQuery<T>(db, text, params);

  beforeAll(async () => {
    t = await createTestApp({
      env: { FILE_STORAGE_DIR: storeDir, MAX_UPLOAD_MB: '1', DOWNLOAD_URL_TTL_SECONDS: '60' },
      overrides: [{ provide: Clock, useValue: clock }],
    });
    [band, other] = await Promise.all([createTenant(t, 'library'), createTenant(t, 'otherlib')]);
    db = t.tenantDatabaseUrl(band.id);
  });
  afterAll(() => t.close());

  const piece = async (body: Record<string, unknown>) =>
    (await api('post', '/api/library/pieces').send(body).expect(201)).body as {
      pieceId: string;
      title: string;
      composer: string | null;
    };

  it('keeps catalog numbers unique whatever their case, and finds people and publishers by name', async () => {
    const a = await piece({
      title: 'Valse triste',
      composer: 'Jean Sibelius',
      publisher: 'Breitkopf & Härtel',
      catalogNumber: 'ORK-001',
      tags: ['waltz'],
      difficulty: 'grade_4',
      durationSeconds: 330,
    });
    expect(a.composer).toBe('Jean Sibelius');
    const dup = await api('post', '/api/library/pieces')
      .send({ title: 'Another', catalogNumber: 'ork-001' })
      .expect(409);
    expect(dup.body.error.code).toBe('record/duplicate');
    expect(dup.body.error.details.fields).toEqual(['catalogNumber']);
    await piece({
      title: 'Andante festivo',
      composer: 'jean sibelius',
      publisher: 'BREITKOPF & HÄRTEL',
    });
    const people = await sql('SELECT * FROM "Person"');
    expect(people).toHaveLength(1);
    expect(await sql('SELECT * FROM "Publisher"')).toHaveLength(1);
    // The other ensemble has a library of its own: the same number is free there.
    await other
      .api('post', '/api/library/pieces')
      .send({ title: 'X', catalogNumber: 'ORK-001' })
      .expect(201);

    const bad = await api('post', '/api/library/pieces')
      .send({ title: '', difficulty: 'grade_9', durationSeconds: -1 })
      .expect(400);
    expect(bad.body.error.code).toBe('request/invalid');
    const fields = bad.body.error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'difficulty', 'durationSeconds']));
  });

  it('finds a piece by a misspelt word in any field and ranks the exact title first', async () => {
    const finlandia = await piece({
      title: 'Finlandia',
      subtitle: 'Op. 26',
      composer: 'Jean Sibelius',
    });
    await piece({
      title: 'Scandinavian highlights',
      notes: 'Includes the Finlandia hymn; Finlandia theme arranged for band',
      arranger: 'Anna Berg',
    });
    await piece({ title: 'Slavonic dance no. 8', composer: 'Antonín Dvořák' });
    await piece({ title: 'Sånger och danser', notes: 'Svenska folkvisor' });

    const search = async (q: string) =>
      (
        (await api('get', `/api/library/pieces?q=${encodeURIComponent(q)}`).expect(200)).body
          .items as Array<{ pieceId: string; title: string }>
      ).map((p) => p.title);

    expect(await search('Finlandja')).toContain('Finlandia');
    expect(await search('Sibelus')).toEqual(expect.arrayContaining(['Finlandia', 'Valse triste']));
    // Exact title first, though the other piece says "Finlandia" twice in its notes.
    expect((await search('finlandia'))[0]).toBe('Finlandia');
    expect(await search('dvorak')).toEqual(['Slavonic dance no. 8']);
    // Swedish stems: "dans" finds "danser".
    expect(await search('dans')).toContain('Sånger och danser');
    expect(await search('Berg')).toContain('Scandinavian highlights');
    expect(await search('zzzqqq')).toEqual([]);
    // The search column follows a corrected name.
    await sql(
      `UPDATE "Person" SET "lastName" = 'Sibelius-Järnefelt' WHERE "lastName" = 'Sibelius'`,
    );
    const [row] = await sql<{ searchText: string }>(
      'SELECT "searchText" FROM "MusicPiece" WHERE "pieceId" = $1',
      [finlandia.pieceId],
    );
    expect(row.searchText).toContain('sibelius-jarnefelt');
  });

  it('pages the catalogue by cursor in title order', async () => {
    const first = await api('get', '/api/library/pieces?pageSize=2').expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await api(
      'get',
      `/api/library/pieces?pageSize=2&cursor=${first.body.nextCursor}`,
    ).expect(200);
    const titles = [...first.body.items, ...second.body.items].map(
      (p: { title: string }) => p.title,
    );
    expect(titles).toEqual([...titles].sort());
    expect(new Set(titles).size).toBe(4);
    await api('get', '/api/library/pieces?cursor=nonsense!').expect(400);
  });

  it('refuses a file of the wrong type, a disguised one or one too large, storing nothing', async () => {
    const p = await piece({ title: 'Upload target' });
    const upload = (content: Buffer, name: string, type: string) =>
      api('post', `/api/library/pieces/${p.pieceId}/files`)
        .field('kind', 'part')
        .attach('file', content, { filename: name, contentType: type });
    const exe = await upload(
      Buffer.from('MZ\x90\x00'),
      'virus.exe',
      'application/x-msdownload',
    ).expect(400);
    expect(exe.body.error.code).toBe('file/unsupported-type');
    const disguised = await upload(PNG, 'score.pdf', 'application/pdf').expect(400);
    expect(disguised.body.error.code).toBe('file/type-mismatch');
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(1024 * 1024 + 1)]);
    const large = await upload(big, 'big.pdf', 'application/pdf').expect(400);
    expect(large.body.error.code).toBe('file/too-large');
    const noKind = await api('post', `/api/library/pieces/${p.pieceId}/files`)
      .attach('file', PDF, { filename: 'a.pdf', contentType: 'application/pdf' })
      .expect(400);
    expect(noKind.body.error.details.fields[0].field).toBe('kind');
    expect(await sql('SELECT * FROM "MusicFile"')).toHaveLength(0);
    expect(storedFiles(storeDir)).toEqual([]);
  });

  it('stores a file with its hash and hands it out only through a signed link that expires', async () => {
    const p = await piece({ title: 'Linked' });
    const up = await api('post', `/api/library/pieces/${p.pieceId}/files`)
      .field('kind', 'full_score')
      .attach('file', PDF, { filename: 'Linked score.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(up.body.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(up.body.size).toBe(PDF.length);
    const [row] = await sql<{ storageKey: string }>('SELECT "storageKey" FROM "MusicFile"');
    expect(row.storageKey.startsWith(`${band.id}/library/`)).toBe(true);
    expect(storedFiles(storeDir)).toHaveLength(1);

    const link = await api('post', `/api/library/files/${up.body.fileId}/link`).expect(201);
    const path = new URL(link.body.url).pathname;
    expect(path).toMatch(/^\/files\//);
    const got = await t.http.get(path).set('Host', band.host).buffer(true).expect(200);
    expect(Buffer.compare(got.body as Buffer, PDF)).toBe(0);
    expect(got.headers['content-disposition']).toContain('attachment');
    expect(got.headers['cache-control']).toBe('no-store');
    const logged = await sql<{ userId: string | null }>('SELECT "userId" FROM "FileDownload"');
    expect(logged).toHaveLength(1);
    expect(logged[0].userId).toBeTruthy();

    // Another ensemble's host does not open it; nor does a changed token.
    const wrong = await t.http.get(path).set('Host', other.host).expect(404);
    expect(wrong.body.error.code).toBe('download/link-invalid');
    await t.http
      .get(`${path.slice(0, -3)}AAA`)
      .set('Host', band.host)
      .expect(404);
    clock.advance(61_000);
    await t.http.get(path).set('Host', band.host).expect(404);
    expect(await sql('SELECT * FROM "FileDownload"')).toHaveLength(1);

    await api('delete', `/api/library/files/${up.body.fileId}`).expect(204);
    expect(storedFiles(storeDir)).toEqual([]);
  });

  it("hands a part to members for a concert whose programme has the piece, on the member's own page", async () => {
    const p = await piece({ title: 'Festive overture', composer: 'Dmitri Shostakovich' });
    const up = await api('post', `/api/library/pieces/${p.pieceId}/files`)
      .field('kind', 'part')
      .attach('file', PDF, { filename: 'Flute 1.pdf', contentType: 'application/pdf' })
      .expect(201);
    const withPart = await api('post', `/api/library/pieces/${p.pieceId}/parts`)
      .send({ name: 'Flute 1', fileId: up.body.fileId })
      .expect(201);
    const partId = withPart.body.parts[0].partId as string;
    await api('post', `/api/library/pieces/${p.pieceId}/parts`)
      .send({ name: 'Flute 1' })
      .expect(409);
    const m = await api('post', '/api/musicians')
      .send({
        firstName: 'Flora',
        lastName: 'Flute',
        email: 'flora@band.example',
        membershipStatus: 'active',
      })
      .expect(201);
    const concert = await api('post', '/api/events')
      .send({
        title: 'Spring concert',
        type: 'concert',
        startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 30 * 86_400_000 + 7_200_000).toISOString(),
        status: 'published',
      })
      .expect(201);
    const assign = { eventId: concert.body.id, partId, musicianIds: [m.body.id] };
    const off = await api('post', '/api/library/assignments').send(assign).expect(409);
    expect(off.body.error.code).toBe('assignment/not-on-programme');
    const unknownPiece = await api('put', `/api/events/${concert.body.id}/programme`)
      .send({ pieces: [{ title: 'Festive overture', pieceId: 'nope' }] })
      .expect(400);
    expect(unknownPiece.body.error.details.field).toBe('pieces.0.pieceId');
    const prog = await api('put', `/api/events/${concert.body.id}/programme`)
      .send({
        pieces: [{ title: 'Festive overture', composer: 'Shostakovich', pieceId: p.pieceId }],
      })
      .expect(200);
    expect(prog.body.programme[0].pieceId).toBe(p.pieceId);
    const nobody = await api('post', '/api/library/assignments')
      .send({ ...assign, musicianIds: ['ghost'] })
      .expect(400);
    expect(nobody.body.error.code).toBe('musician/not-found');
    await api('post', '/api/library/assignments').send(assign).expect(201);
    const listed = await api('post', '/api/library/assignments').send(assign).expect(201);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({ part: 'Flute 1', musician: 'Flora Flute' });

    const link = await api('post', `/api/musicians/${m.body.id}/member-link`).expect(201);
    const page = await t.http
      .get(`${new URL(link.body.url).pathname}?lang=en`)
      .set('Host', band.host)
      .expect(200);
    expect(page.text).toContain('Your parts');
    expect(page.text).toContain('Festive overture');
    const href = /href="https?:\/\/[^/]+(\/files\/[^"]+)"/.exec(page.text)![1];
    await t.http.get(href).set('Host', band.host).expect(200);
    const [dl] = await sql<{ musicianId: number | null }>(
      'SELECT d."musicianId" FROM "FileDownload" d JOIN "MusicFile" f ON f.id = d."fileId" WHERE f."fileId" = $1',
      [up.body.fileId],
    );
    expect(dl.musicianId).not.toBeNull();
  });
});
