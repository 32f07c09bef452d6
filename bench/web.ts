// The web app's figures for `npm run bench`: what the first page of the ensemble's app loads
// (gzipped JS + CSS) and how long navigating to the dashboard takes until its data shows, on a
// demo ensemble, in headless Chromium; each next to its budget or baseline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { INestApplication } from '@nestjs/common';
import { chromium } from 'playwright-core';

import { AuthService } from '#tutti/auth';
import { type AppConfig, requestContext } from '#tutti/common';
import { OrchestrasRepository } from '#tutti/control-plane';
import { EnsembleFixtures, seedDemoEnsemble } from '#tutti/fixtures';
import { OrchestrasAdminService } from '#tutti/platform';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUDGET_KB = 250;
const RUNS = 5;

export interface WebFigures {
  firstPageGzipKb: number;
  firstPageFiles: string[];
  dashboardMs: number[];
  dataOnlyMs: number[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The JS and CSS index.html loads (the platform console's chunk is not among them). */
function firstPageAssets(webDir: string): { files: string[]; gzipBytes: number } {
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
  // Modules the entry imports statically are preloaded too (modulepreload links are in the html).
  const gzipBytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(webDir, 'assets', f))).length,
    0,
  );
  return { files, gzipBytes };
}

export async function webBench(
  app: INestApplication,
  config: AppConfig,
  port: number,
  log: (m: string) => void,
): Promise<WebFigures | null> {
  const webDir = resolve(config.webAppDir);
  if (!existsSync(join(webDir, 'index.html'))) throw new Error(`no web build in ${webDir}`);
  const assets = firstPageAssets(webDir);
  const all = readdirSync(join(webDir, 'assets'));
  log(`web: first page loads ${assets.files.join(', ')} of ${all.length} assets`);
  if (!existsSync(CHROMIUM)) {
    log(`web: no Chromium at ${CHROMIUM}: the dashboard timing is skipped`);
    return {
      firstPageGzipKb: assets.gzipBytes / 1024,
      firstPageFiles: assets.files,
      dashboardMs: [],
      dataOnlyMs: [],
    };
  }

  // The demo ensemble, as `npm start` makes it, and an admin with a password.
  let o = await app.get(OrchestrasAdminService).create({
    name: 'Tutti Demo Orchestra',
    subdomain: 'demo',
    kind: 'orchestra',
    plan: 'medium',
    contactName: 'Demo',
    contactEmail: 'demo@bench.example',
  });
  const orchestras = app.get(OrchestrasRepository);
  while (o.status === 'provisioning') {
    await new Promise((r) => setTimeout(r, 20));
    o = (await orchestras.findById(o.id))!;
  }
  if (o.status !== 'active')
    throw new Error(`demo provisioning ${o.status}: ${o.provisioningError}`);
  await seedDemoEnsemble(new EnsembleFixtures(app, o.id));
  const auth = app.get(AuthService);
  const { token } = await auth.invite(o.id, {
    email: 'admin@demo.bench',
    name: 'Admin',
    role: 'admin',
  });
  const password = 'a bench password';
  await requestContext.run(
    { requestId: 'bench', scope: 'none', cleanups: [], memo: new Map() },
    () =>
      auth.acceptInvitation({ scope: 'tenant', orchestraId: o.id }, token, password, '127.0.0.1'),
  );

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP *.${config.baseDomain} 127.0.0.1`,
    ],
  });
  try {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const base = `http://demo.${config.baseDomain}:${port}`;
    await page.goto(`${base}/`);
    await page.getByLabel('Email').fill('admin@demo.bench');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.need-card').first().waitFor();

    // Navigation (cached assets, as on a staff member's second visit of the day) until the
    // running need's card is on screen: shell, session refresh, dashboard query, render.
    const dashboardMs: number[] = [];
    const dataOnlyMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await page.goto(`${base}/`);
      await page.locator('.need-card').first().waitFor();
      dashboardMs.push(performance.now() - started);
      // Baseline: the same data fetched by the page itself with its token, nothing rendered.
      dataOnlyMs.push(
        await page.evaluate(async () => {
          const t0 = performance.now();
          const s = await fetch('/api/auth/session/refresh', { method: 'POST' });
          const { accessToken } = (await s.json()) as { accessToken: string };
          const r = await fetch('/api/dashboard', {
            headers: { authorization: `Bearer ${accessToken}` },
          });
          await r.json();
          return performance.now() - t0;
        }),
      );
    }
    return {
      firstPageGzipKb: assets.gzipBytes / 1024,
      firstPageFiles: assets.files,
      dashboardMs,
      dataOnlyMs,
    };
  } finally {
    await browser.close();
  }
}

export function webRows(
  w: WebFigures,
  row: (a: string, b: string, c: string, d: string) => string,
): string[] {
  return [
    row(
      `web app, first page of the ensemble's app: gzipped JS + CSS (${w.firstPageFiles.join(', ')})`,
      `${w.firstPageGzipKb.toFixed(0)} KB`,
      `budget ${BUDGET_KB} KB`,
      `${(w.firstPageGzipKb / BUDGET_KB).toFixed(2)}`,
    ),
    w.dashboardMs.length
      ? row(
          `web app, navigation to the demo dashboard until its data shows (headless Chromium, median of ${RUNS})`,
          `${median(w.dashboardMs).toFixed(0)} ms (runs: ${w.dashboardMs.map((x) => x.toFixed(0)).join(', ')})`,
          `the page fetching the same session and dashboard data itself: ${median(w.dataOnlyMs).toFixed(0)} ms`,
          `${(median(w.dashboardMs) / median(w.dataOnlyMs)).toFixed(1)}x`,
        )
      : row('web app, dashboard timing', 'skipped (no Chromium)', '—', '—'),
  ];
}
