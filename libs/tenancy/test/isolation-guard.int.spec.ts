// The guard any tenant-client pool design must pass: under concurrent load from 20 tenants
// through a pool of 5 clients, every way Prisma can batch or defer a query (same-tick
// findUniques, array transactions, interactive transactions with awaits inside, raw queries)
// reads and writes only the database of the tenant whose context issued it.
import { TenantDb, TenantJobRunner } from '#tutti/tenancy';
import {
  adminQuery,
  createTenant,
  createTestApp,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

const TENANTS = 20;
const ROUNDS = 6;

describe('tenant isolation under load, pool smaller than the tenant count', () => {
  let t: TestApp;
  let tenants: TestTenant[];

  beforeAll(async () => {
    t = await createTestApp({ env: { TENANT_POOL_MAX_CLIENTS: '5' } });
    tenants = await Promise.all(
      Array.from({ length: TENANTS }, (_, i) => createTenant(t, `iso-${i}`)),
    );
    // Each tenant's rows carry its own marker.
    await Promise.all(
      tenants.map(async (ens) => {
        for (let i = 0; i < 3; i++)
          await ens.fixtures.musician({
            firstName: ens.subdomain,
            lastName: `M${i}`,
            email: `m${i}@${ens.subdomain}.example`,
          });
      }),
    );
  }, 120_000);
  afterAll(() => t.close());

  it('never reads or writes another tenant, whatever Prisma batches', async () => {
    const runner = t.get<TenantJobRunner>(TenantJobRunner);
    const tenantDb = t.get<TenantDb>(TenantDb);
    const wrong: string[] = [];
    const seen = (who: string, what: string, values: string[]) => {
      for (const v of values) if (v !== who) wrong.push(`${who} saw ${v} in ${what}`);
    };

    const work = (ens: TestTenant, round: number) =>
      runner.run(ens.id, async () => {
        const db = await tenantDb.client();
        const me = ens.subdomain;
        // Same-tick findUniques: Prisma batches these into one query.
        const found = await Promise.all(
          [0, 1, 2].map((i) => db.musician.findUnique({ where: { email: `m${i}@${me}.example` } })),
        );
        if (found.some((m) => !m)) wrong.push(`${me} lost its own musicians`);
        seen(
          me,
          'findUnique',
          found.map((m) => m?.firstName ?? me),
        );
        // An array transaction.
        const [all, count] = await db.$transaction([
          db.musician.findMany({ select: { firstName: true } }),
          db.musician.count(),
        ]);
        seen(
          me,
          'array transaction',
          all.map((m) => m.firstName),
        );
        if (count < 3) wrong.push(`${me} counted ${count}`);
        // An interactive transaction with awaits inside, writing a marked row.
        await db.$transaction(async (tx) => {
          await new Promise((r) => setTimeout(r, Math.random() * 5));
          const rows = await tx.musician.findMany({ select: { firstName: true } });
          seen(
            me,
            'interactive transaction',
            rows.map((m) => m.firstName),
          );
          await tx.instrument.create({
            data: { name: `${me}#${round}`, displayOrder: 1000 + round },
          });
        });
        // A raw query.
        const raw = await db.$queryRaw<
          Array<{ firstName: string }>
        >`SELECT "firstName" FROM "Musician"`;
        seen(
          me,
          'raw query',
          raw.map((r) => r.firstName),
        );
      });

    const jobs: Array<Promise<unknown>> = [];
    for (let round = 0; round < ROUNDS; round++)
      for (const ens of [...tenants].sort(() => Math.random() - 0.5)) jobs.push(work(ens, round));
    await Promise.all(jobs);
    expect(wrong).toEqual([]);

    // Afterwards, row by row: each database holds its own marked rows and nobody else's.
    for (const ens of tenants) {
      const url = t.tenantDatabaseUrl(ens.id);
      const marks = await adminQuery<{ name: string }>(
        url,
        `SELECT name FROM "Instrument" WHERE name LIKE '%#%' ORDER BY name`,
      );
      expect(marks.map((m) => m.name)).toEqual(
        Array.from({ length: ROUNDS }, (_, r) => `${ens.subdomain}#${r}`),
      );
      const people = await adminQuery<{ firstName: string }>(
        url,
        'SELECT "firstName" FROM "Musician"',
      );
      expect(new Set(people.map((p) => p.firstName))).toEqual(new Set([ens.subdomain]));
    }
  });
});
