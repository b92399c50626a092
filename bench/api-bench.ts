import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openMigratedStore } from '../src/app/index.js';
import { DEFAULT_SERVER_CONFIG } from '../src/server/index.js';
import type { DemoSize } from '../src/demo/index.js';
import { runLoad, type LoadFigures } from './api-load.js';
import { apiScenarios, type ApiScenario, type ApiScenarioSet } from './api-scenarios.js';
import { startBenchServer, type BenchServer } from './api-server.js';
import { apiBenchStore, removeDatabase } from './api-store.js';

/** Per API key per minute: far above what 50 connections can send in a minute, so the limiter counts but never refuses. */
export const BENCH_RATE_LIMIT = 1_000_000_000;

export interface ApiBenchOptions {
  readonly size: DemoSize;
  readonly seconds: number;
  readonly connections: number;
  readonly warmupSeconds: number;
  /** Only these scenarios (default all). */
  readonly only?: readonly string[];
  /** Write the server's CPU profile (V8 .cpuprofile) here. */
  readonly cpuProfileDir?: string;
  readonly root?: string;
  readonly log?: (line: string) => void;
}

export interface ScenarioResult extends LoadFigures {
  readonly name: string;
  readonly description: string;
  /** Bytes of one response body and, for a list, its rows (a probe before the load). */
  readonly probe: { readonly bytes: number; readonly items?: number };
  /** The server's CPU time over the run, as a share of one core. */
  readonly serverCpuShare: number;
  /** This process's (the load generator's) CPU time over the run, as a share of one core: near 100 % it, not the server, would set the pace. */
  readonly clientCpuShare: number;
  /** The server's CPU time per response: what a request costs whatever else the machine runs. */
  readonly serverCpuMsPerRequest: number;
  readonly checks: ReadonlyArray<{ name: string; target: string; actual: string; pass: boolean }>;
}

export interface ApiBenchResult {
  readonly size: DemoSize;
  readonly seconds: number;
  readonly connections: number;
  readonly warmupSeconds: number;
  readonly rateLimitPerMinute: number;
  readonly facts: ApiScenarioSet['facts'];
  readonly scenarios: readonly ScenarioResult[];
  readonly serverPeakRssMb: number;
}

/** One request before the load: it must answer 200, and a list must have rows, or the figures would measure an error page. */
async function probe(base: string, scenario: ApiScenario): Promise<ScenarioResult['probe']> {
  const path = scenario.nextPath();
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${scenario.key}` } });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${scenario.name}: GET ${path} answered ${response.status}: ${text.slice(0, 500)}`);
  const body = JSON.parse(text) as { items?: unknown[] };
  if (body.items && body.items.length === 0) throw new Error(`${scenario.name}: GET ${path} lists no accounts`);
  return { bytes: Buffer.byteLength(text), ...(body.items ? { items: body.items.length } : {}) };
}

function checksOf(scenario: ApiScenario, figures: LoadFigures): ScenarioResult['checks'] {
  const checks = [{ name: 'p95', target: `< ${scenario.target.p95Ms} ms`, actual: `${figures.p95Ms.toFixed(1)} ms`, pass: figures.p95Ms < scenario.target.p95Ms }];
  const min = scenario.target.minRequestsPerSecond;
  if (min !== undefined) checks.push({ name: 'throughput', target: `≥ ${min.toLocaleString('en-US')} req/s`, actual: `${Math.round(figures.requestsPerSecond).toLocaleString('en-US')} req/s`, pass: figures.requestsPerSecond >= min });
  const failed = figures.non2xx + figures.errors;
  checks.push({ name: 'errors and non-2xx', target: '0', actual: `${figures.non2xx} non-2xx, ${figures.errors} errors`, pass: failed === 0 });
  return checks;
}

async function runScenarios(base: string, scenarios: readonly ApiScenario[], server: BenchServer, options: ApiBenchOptions, log: (line: string) => void): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const probed = await probe(base, scenario);
    log(`${scenario.name}: warm-up ${options.warmupSeconds} s, then ${options.seconds} s with ${options.connections} connections`);
    const load = { base, key: scenario.key, nextPath: scenario.nextPath, connections: options.connections };
    if (options.warmupSeconds > 0) await runLoad({ ...load, seconds: options.warmupSeconds });
    const before = await server.stats();
    const client = process.cpuUsage();
    const figures = await runLoad({ ...load, seconds: options.seconds });
    const clientCpu = process.cpuUsage(client);
    const after = await server.stats();
    const share = (cpuMs: number) => cpuMs / 1000 / figures.seconds;
    results.push({ name: scenario.name, description: scenario.description, ...figures, probe: probed, serverCpuShare: share(after.cpuMs - before.cpuMs), serverCpuMsPerRequest: (after.cpuMs - before.cpuMs) / Math.max(1, figures.responses), clientCpuShare: share((clientCpu.user + clientCpu.system) / 1000), checks: checksOf(scenario, figures) });
  }
  return results;
}

/**
 * The API under load: the portfolio list and account detail over a scored store of the
 * demo data, served by the real server in a child process, each scenario `seconds` long
 * with `connections` connections after a warm-up.
 */
export async function runApiBench(options: ApiBenchOptions): Promise<ApiBenchResult> {
  const root = options.root ?? '.bench';
  const log = options.log ?? ((line: string) => console.error(line));
  const work = await apiBenchStore(options.size, root, log);
  try {
    const url = `sqlite:${work}`;
    const setup = await openMigratedStore(url);
    const set = await apiScenarios(setup, new Date().toISOString()).finally(() => setup.close());
    const chosen = options.only ? set.scenarios.filter((s) => options.only!.includes(s.name)) : set.scenarios;
    if (chosen.length === 0) throw new Error(`no scenario named ${options.only?.join(', ')}; there are ${set.scenarios.map((s) => s.name).join(', ')}`);
    const uploadDir = join(root, 'api-uploads');
    mkdirSync(uploadDir, { recursive: true });
    if (options.cpuProfileDir) mkdirSync(options.cpuProfileDir, { recursive: true });
    const server = await startBenchServer({ url, rateLimitPerMinute: BENCH_RATE_LIMIT, uploadDir, ...(options.cpuProfileDir ? { cpuProfileDir: options.cpuProfileDir } : {}) });
    let results: ScenarioResult[];
    try {
      results = await runScenarios(`http://127.0.0.1:${server.port}`, chosen, server, options, log);
    } catch (error) {
      await server.stop().catch(() => undefined);
      throw error;
    }
    const last = await server.stop();
    return { size: options.size, seconds: options.seconds, connections: options.connections, warmupSeconds: options.warmupSeconds, rateLimitPerMinute: BENCH_RATE_LIMIT, facts: set.facts, scenarios: results, serverPeakRssMb: last.peakRssMb };
  } finally {
    removeDatabase(work);
  }
}

const ms = (v: number) => v.toFixed(1).padStart(7);

export function formatApiReport(r: ApiBenchResult): string {
  const f = r.facts;
  const lines = [
    `api benchmark, size ${r.size}: ${f.accounts.toLocaleString('en-US')} accounts (${f.scoredAccounts.toLocaleString('en-US')} with a band), SQLite; server in a child process on loopback`,
    `  ${r.connections} connections × ${r.seconds} s per scenario after a ${r.warmupSeconds} s warm-up; latencies exact over every response`,
    `  rate limit raised to ${r.rateLimitPerMinute.toLocaleString('en-US')} requests/min per key for the benchmark (default ${DEFAULT_SERVER_CONFIG.rateLimitPerMinute.toLocaleString('en-US')})`,
    `  band "${f.band}" (${f.bandAccounts.toLocaleString('en-US')} accounts); rep ${f.rep} (${f.repAccounts.toLocaleString('en-US')} accounts); segment ${f.segment} renewing ${f.renewalFrom}..${f.renewalTo}`,
    '',
    '  scenario          req/s   p50 ms  p95 ms  p99 ms  max ms  non-2xx  errors  CPU server/load  server CPU/req  body',
  ];
  for (const s of r.scenarios) {
    const body = `${(s.probe.bytes / 1024).toFixed(1)} KB${s.probe.items !== undefined ? `, ${s.probe.items} rows` : ''}`;
    lines.push(`  ${s.name.padEnd(14)} ${Math.round(s.requestsPerSecond).toLocaleString('en-US').padStart(8)} ${ms(s.p50Ms)} ${ms(s.p95Ms)} ${ms(s.p99Ms)} ${ms(s.maxMs)} ${String(s.non2xx).padStart(8)} ${String(s.errors).padStart(7)} ${`${Math.round(s.serverCpuShare * 100)} % / ${Math.round(s.clientCpuShare * 100)} %`.padStart(16)} ${`${s.serverCpuMsPerRequest.toFixed(2)} ms`.padStart(15)}  ${body}`);
  }
  for (const s of r.scenarios) lines.push(`  ${s.name.padEnd(14)} ${s.description}`);
  lines.push(
    '  CPU: server / load generator (autocannon, this process), each as a share of one core (the machine has two);',
    '  server CPU/req: its CPU time per response, which other load on the machine changes less than req/s',
  );
  lines.push('', `  server peak RSS ${r.serverPeakRssMb} MB`);
  for (const s of r.scenarios) for (const c of s.checks) lines.push(`  ${c.pass ? 'PASS' : 'MISS'} ${s.name} ${c.name}: ${c.actual} (target ${c.target})`);
  return lines.join('\n');
}
