import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

/**
 * Debian's chromium driven by playwright-core (the `playwright install` download does not work
 * here). Each test file gets a fresh profile directory and its own browser.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export interface BrowserOptions {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
}

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(options: BrowserOptions = {}): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'pb-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: 'nl-NL',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A browser for one describe block: launched before its tests, closed after them. */
export interface SuiteBrowser {
  /** The first tab, opened at launch. */
  readonly page: Page;
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
}

/**
 * Registers beforeAll/afterAll that launch a browser (with one open tab) and close it, so a spec
 * does not repeat that set-up. Call it in the describe block; read `.page` inside the tests.
 */
export function useBrowser(options: BrowserOptions = {}): SuiteBrowser {
  let session: BrowserSession | undefined;
  let first: Page | undefined;
  beforeAll(async () => {
    session = await launchBrowser(options);
    first = await session.context.newPage();
  });
  afterEach(async () => {
    if (session && (globalThis as { __pbTestFailed?: boolean }).__pbTestFailed) await describePages(session.context);
  });
  afterAll(async () => {
    await session?.close();
  });
  const launched = (): BrowserSession => {
    if (!session) throw new Error('the browser is not launched yet: read it inside a test or hook');
    return session;
  };
  return {
    get page() {
      launched();
      return first!;
    },
    get context() {
      return launched().context;
    },
    newPage: () => launched().context.newPage(),
  };
}

/**
 * After a failed test: each open tab's address, title and the start of its main text, printed.
 * A timeout waiting for an element says nothing about the page the browser was on instead.
 */
async function describePages(context: BrowserContext): Promise<void> {
  for (const page of context.pages().filter((p) => p.url() !== 'about:blank')) {
    // Locators, not page.evaluate: they work in the tabs that run without JavaScript too.
    const title = await page.title().catch(() => '(not readable)');
    const region = (await page.locator('main').count().catch(() => 0)) ? 'main' : 'body';
    const main = await page
      .locator(region)
      .first()
      .innerText({ timeout: 2000 })
      .then((text) => text.replace(/\s+/g, ' ').slice(0, 600))
      .catch((error: Error) => `(not readable: ${error.message.split('\n')[0]})`);
    console.log(`after the failure, a tab was at ${page.url()}\n  title: ${title}\n  main: ${main}`);
  }
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: the e2e global setup starts the platform and sets it');
  return url.replace(/\/$/, '');
}

/** test-artifacts/screenshots, or E2E_SCREENSHOT_DIR (to look at pages without touching the checkout). */
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? join(__dirname, '..', '..', 'test-artifacts', 'screenshots');

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? true });
}
