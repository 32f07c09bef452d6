import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';

import { createTestApp, type TestApp, type TestAppOptions } from './test-app.js';

/** Debian's Chromium (apt-get install chromium), or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM_PATH);

/** `describe` when a Chromium is there; otherwise the journeys are skipped (global setup says so). */
export const describeInBrowser = chromiumAvailable ? describe : describe.skip;

const SCREENSHOTS = join(process.cwd(), 'test-artifacts', 'screenshots');

/** Flags that keep a headless Chromium off this machine's closed network and working as root. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface BrowserStack {
  t: TestApp;
  browser: Browser;
  port: number;
  /** `http://<sub>.localhost:<port>`; Chromium resolves every *.localhost to 127.0.0.1. */
  tenantUrl(subdomain: string): string;
  centralUrl: string;
  /** A fresh context (its own cookies) and page, in English unless told otherwise. */
  newPage(options?: {
    locale?: string;
    width?: number;
  }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/**
 * The real gateway listening on a real port under `localhost` (so links it sends and prints
 * open in the browser), with the web app's build, and a headless Chromium driving it.
 */
export async function startBrowserStack(options: TestAppOptions = {}): Promise<BrowserStack> {
  const port = await freePort();
  const t = await createTestApp({
    ...options,
    env: {
      BASE_DOMAIN: 'localhost',
      PUBLIC_PORT: String(port),
      PORT: String(port),
      ...options.env,
    },
  });
  await t.app.listen(port, '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
  });
  const contexts: BrowserContext[] = [];
  return {
    t,
    browser,
    port,
    tenantUrl: (sub) => `http://${sub}.localhost:${port}`,
    centralUrl: `http://admin.localhost:${port}`,
    async newPage({ locale = 'en-GB', width = 1280 } = {}) {
      const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await t.close();
    },
  };
}

/**
 * Run in the page (as text: this library is compiled without the DOM's types): null when the
 * page fits `w` px, else its width and the outermost elements that stick out, those whose
 * parent still fits and that no scrolling container clips.
 */
const WIDER_THAN = `function (w) {
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth <= w + 1) return null;
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    return false;
  };
  const out = [...document.body.querySelectorAll('*')].filter((el) => {
    const parent = el.parentElement;
    return el.getBoundingClientRect().right > w + 1 &&
      (!parent || parent.getBoundingClientRect().right <= w + 1) && !clipped(el);
  });
  const describe = (el) =>
    el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') +
    ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  return { scrollWidth, out: out.slice(0, 5).map(describe) };
}`;

/**
 * The page at a phone's width (390 px) and a desktop's (1280 px), into test-artifacts/. Fails
 * when the page is wider than the phone's screen (sideways scrolling of the whole page).
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const wide = await page.evaluate<{ scrollWidth: number; out: string[] } | null>(
      `(${WIDER_THAN})(${width})`,
    );
    if (wide)
      throw new Error(
        `${name}: the page is ${wide.scrollWidth} px wide on a ${width} px screen, ` +
          `because of ${wide.out.join('; ')}`,
      );
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Retries an assertion until it holds (the page updates on its own time) or 10 s pass. */
export async function eventually(
  assertion: () => Promise<void> | void,
  timeoutMs = 10_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Web-first checks over playwright-core's locators (it has no `expect` of its own). */
export const see = {
  visible: (l: Locator) => l.first().waitFor({ state: 'visible' }),
  attached: (l: Locator) => l.first().waitFor({ state: 'attached' }),
  value: (l: Locator, v: string) => eventually(async () => expect(await l.inputValue()).toBe(v)),
  texts: (l: Locator, v: string[]) =>
    eventually(async () => expect((await l.allTextContents()).map((x) => x.trim())).toEqual(v)),
  text: (l: Locator, re: RegExp) =>
    eventually(async () => expect(await l.textContent()).toMatch(re)),
  focused: (l: Locator) =>
    eventually(async () =>
      expect(
        await l.evaluate(
          (el) =>
            el ===
            (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument
              .activeElement,
        ),
      ).toBe(true),
    ),
  attribute: (l: Locator, name: string, v: string) =>
    eventually(async () => expect(await l.getAttribute(name)).toBe(v)),
};
