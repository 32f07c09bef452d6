import { committedApiDescription, renderApiDescription } from '../../../scripts/api-description.js';

/**
 * The web app's typed client is generated from the API description: when a route or a DTO
 * changes and `npm run api:generate` was not run, the committed copies are stale and this fails.
 */
describe('the committed API description and typed client', () => {
  it('match what the gateway describes now', async () => {
    const [fresh, committed] = await Promise.all([
      renderApiDescription(),
      committedApiDescription(),
    ]);
    expect(committed.spec).toBe(fresh.spec);
    expect(committed.types).toBe(fresh.types);
  });

  it('describe every operation with a unique id, a summary, a success schema and the error envelope', async () => {
    const doc = JSON.parse((await renderApiDescription()).spec) as {
      paths: Record<
        string,
        Record<
          string,
          {
            operationId: string;
            summary?: string;
            responses: Record<string, { content?: unknown }>;
          }
        >
      >;
      components: { securitySchemes: Record<string, { type: string; name?: string }> };
    };
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, ...op })),
    );
    expect(ops.length).toBeGreaterThan(70);
    const ids = ops.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z][A-Za-z]+$/.test(id))).toEqual([]);
    expect(doc.components.securitySchemes.apiKey).toEqual({
      type: 'apiKey',
      in: 'header',
      name: 'X-Api-Key',
    });
    for (const o of ops) {
      expect([o.path, o.method, o.responses['4XX']]).toEqual([o.path, o.method, expect.anything()]);
    }
    // Every API operation carries its summary and, unless it answers 204, its answer's schema.
    const described = ops.filter(
      (o) => o.path.startsWith('/api/') || o.path.startsWith('/platform/'),
    );
    const withoutSummary = described.filter((o) => !o.summary).map((o) => `${o.method} ${o.path}`);
    const withoutSchema = described
      .filter((o) => {
        const ok = Object.entries(o.responses).find(([code]) => code.startsWith('2'));
        return ok && ok[0] !== '204' && !ok[1].content;
      })
      .map((o) => `${o.method} ${o.path}`);
    expect({ withoutSummary, withoutSchema }).toEqual({ withoutSummary: [], withoutSchema: [] });
  });
});
