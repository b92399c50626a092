import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/app/index.js';
import { defaultWebDir } from '../../src/server/index.js';
import type { Dialect } from '../test-setup.js';
import { startApiHarness, type ApiHarness, type HarnessOptions, type HarnessRole } from '../api/api-harness.js';

/** Debian's Chromium (`apt-get install -y chromium`); never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Where screenshots go; CI keeps the folder as the test artefacts. */
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

/** The password of every harness user, so a browser can sign in as any role. */
export const WEB_PASSWORD = DEMO_PASSWORD;

export interface WebHarness {
  readonly api: ApiHarness;
  readonly base: string;
  readonly browser: Browser;
  /** Any request the page made to another origin: the dashboard must make none. */
  readonly foreignRequests: string[];
  /** A fresh browser context signed in as the role (through the login form), on the portfolio. */
  signIn(role: HarnessRole): Promise<{ context: BrowserContext; page: Page }>;
  /** Saves a full-page screenshot as test-artifacts/<name>.png. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real server (API and built dashboard) over a scored demo store, and Debian's
 * Chromium through playwright-core. Every harness user has the password {@link WEB_PASSWORD}.
 */
export async function startWebHarness(dialect: Dialect = 'sqlite', options: HarnessOptions = {}): Promise<WebHarness> {
  const webDir = defaultWebDir();
  if (!webDir) throw new Error('the dashboard is not built (npm run build)');
  const api = await startApiHarness(dialect, { ...options, config: { webDir, ...options.config } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const foreignRequests: string[] = [];
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    api,
    base: api.base,
    browser,
    foreignRequests,
    async signIn(role) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      page.on('request', (r) => {
        if (!r.url().startsWith(api.base) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
      });
      await page.goto(api.base);
      await page.getByLabel('Email').fill(api.emails[role]);
      await page.getByLabel('Password').fill(WEB_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      return { context, page };
    },
    async screenshot(page, name) {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
      await api.close();
    },
  };
}
