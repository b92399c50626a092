import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createUser, DEMO_PASSWORD, openMigratedStore } from '../src/app/index.js';
import { buildDashboard, dashboardNeedsBuild } from '../src/cli/dashboard-build.js';
import type { DemoSize } from '../src/demo/index.js';
import { defaultWebDir } from '../src/server/index.js';
import { BENCH_RATE_LIMIT } from './api-bench.js';
import { startBenchServer } from './api-server.js';
import { apiBenchStore, removeDatabase } from './api-store.js';

/** The issue's targets: rows visible within 1.5 s of navigation; the first page's JS under 400 KB gzipped. */
export const WEB_TARGETS = { firstRenderMs: 1500, firstPageJsGzipKb: 400 } as const;

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const MANAGER = 'web-bench@bellwether.local';

export interface WebBenchOptions {
  readonly size: DemoSize;
  /** Page loads measured, each in a fresh browser context (no cache). */
  readonly runs: number;
  readonly root?: string;
  readonly log?: (line: string) => void;
}

export interface WebBenchResult {
  readonly size: DemoSize;
  readonly accounts: number;
  /** Navigation start to the first portfolio row in the DOM, per run (ms, the page's own clock). */
  readonly firstRenderMs: readonly number[];
  readonly medianMs: number;
  readonly maxMs: number;
  /** Every script the portfolio loaded, with its size and gzipped size. */
  readonly scripts: ReadonlyArray<{ readonly file: string; readonly bytes: number; readonly gzipBytes: number }>;
  readonly jsGzipKb: number;
  readonly checks: ReadonlyArray<{ name: string; target: string; actual: string; pass: boolean }>;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/**
 * The dashboard's portfolio over a scored demo store (the API bench's cached one), served by
 * the real server in a child process and loaded by Debian's Chromium: time from navigation
 * to the first row, and what the first page's JavaScript weighs gzipped.
 */
export async function runWebBench(options: WebBenchOptions): Promise<WebBenchResult> {
  const root = options.root ?? '.bench';
  const log = options.log ?? ((line: string) => console.error(line));
  if (dashboardNeedsBuild()) {
    log('building the dashboard');
    await buildDashboard();
  }
  const webDir = defaultWebDir();
  if (!webDir) throw new Error('the dashboard is not built');
  const work = await apiBenchStore(options.size, root, log);
  const url = `sqlite:${work}`;
  const setup = await openMigratedStore(url);
  const now = new Date().toISOString();
  let accounts: number;
  try {
    await createUser(setup, { email: MANAGER, role: 'manager', password: DEMO_PASSWORD, actor: 'bench', now });
    accounts = Number((await setup.db.selectFrom('accounts').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  } finally {
    await setup.close();
  }
  const server = await startBenchServer({ url, rateLimitPerMinute: BENCH_RATE_LIMIT, uploadDir: join(root, 'api-uploads'), webDir });
  const base = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    const scripts = new Map<string, { file: string; bytes: number; gzipBytes: number }>();
    // One load to warm the server (its statement cache, the OS page cache), not measured.
    for (let run = -1; run < options.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const login = await context.request.post(`${base}/api/v1/auth/login`, { data: { email: MANAGER, password: DEMO_PASSWORD } });
      if (!login.ok()) throw new Error(`login answered ${login.status()}`);
      const page = await context.newPage();
      page.on('response', (r) => {
        const path = new URL(r.url()).pathname;
        if (r.request().resourceType() === 'script' && !scripts.has(path)) scripts.set(path, { file: path, bytes: 0, gzipBytes: 0 });
      });
      await page.goto(`${base}/`);
      await page.locator('tr.portfolio-row').first().waitFor({ timeout: 30_000 });
      const ms = await page.evaluate(() => performance.now());
      if (run >= 0) {
        times.push(Math.round(ms));
        log(`run ${run + 1}: first row after ${Math.round(ms)} ms`);
      }
      await context.close();
    }
    for (const s of scripts.values()) {
      const body = await readFile(join(webDir, s.file));
      s.bytes = body.length;
      s.gzipBytes = gzipSync(body, { level: 9 }).length;
    }
    const list = [...scripts.values()];
    const jsGzipKb = Math.round(list.reduce((n, s) => n + s.gzipBytes, 0) / 102.4) / 10;
    const medianMs = median(times);
    const maxMs = Math.max(...times);
    return {
      size: options.size,
      accounts,
      firstRenderMs: times,
      medianMs,
      maxMs,
      scripts: list,
      jsGzipKb,
      checks: [
        { name: 'first render (median)', target: `< ${WEB_TARGETS.firstRenderMs} ms`, actual: `${medianMs} ms`, pass: medianMs < WEB_TARGETS.firstRenderMs },
        { name: 'first render (slowest)', target: `< ${WEB_TARGETS.firstRenderMs} ms`, actual: `${maxMs} ms`, pass: maxMs < WEB_TARGETS.firstRenderMs },
        { name: 'first page JS gzipped', target: `< ${WEB_TARGETS.firstPageJsGzipKb} KB`, actual: `${jsGzipKb} KB`, pass: jsGzipKb < WEB_TARGETS.firstPageJsGzipKb },
      ],
    };
  } finally {
    await browser.close();
    await server.stop();
    removeDatabase(work);
  }
}

export function formatWebReport(r: WebBenchResult): string {
  return [
    `web benchmark, size ${r.size}: portfolio of ${r.accounts.toLocaleString('en-US')} accounts, server in a child process, Debian Chromium headless, 1366×768, fresh context per load (no cache)`,
    `  navigation to first row: ${r.firstRenderMs.join(', ')} ms (median ${r.medianMs}, slowest ${r.maxMs})`,
    `  scripts of the first page: ${r.scripts.map((s) => `${s.file} ${(s.gzipBytes / 1024).toFixed(1)} KB gz`).join(', ')}; total ${r.jsGzipKb} KB gzipped`,
    ...r.checks.map((c) => `  ${c.pass ? 'PASS' : 'MISS'} ${c.name}: ${c.actual} (target ${c.target})`),
  ].join('\n');
}
