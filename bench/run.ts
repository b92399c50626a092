import { parseArgs } from 'node:util';
import { DEMO_SIZES, type DemoSize } from '../src/demo/index.js';
import { formatApiReport, runApiBench } from './api-bench.js';
import { runImportBench, type BenchDatabase } from './import-bench.js';
import { formatImportReport } from './import-report.js';
import { formatMailReport, runMailBench } from './mail-bench.js';
import { formatScoreReport, runScoreBench } from './score-bench.js';
import { formatWebReport, runWebBench } from './web-bench.js';

const USAGE = `usage: npm run bench -- <command> [options]

commands:
  import [--size S|M|L] [--database sqlite|postgres|both] [--keep] [--json]
      CSV import rows/s into each database next to the raw parse rate of the same reader.
      PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test.
  score [--size S|M|L] [--json]
      Full rescore of the demo data (imported once into .bench/score-<size>.db), then an
      incremental rescore after 1 % of accounts change; time, peak RSS and their ratio.
  api [--size S|M|L] [--duration 20] [--connections 50] [--warmup 2] [--scenario NAME,…] [--cpu-prof DIR] [--json]
      The server (in a child process) over the scored demo data (.bench/api-<size>.db), under
      autocannon on loopback: portfolio lists (list-manager, list-rep, list-segment) and
      account detail (detail); req/s, p50/p95/p99 latency, errors, server peak RSS.
      Default size L. Exit code 0 on a missed target too: it is a measurement.
  mail [--messages 100000] [--json]
      A generated mailbox (deterministic; ~3.3 KB a message, so 100,000 make 317 MB; cached in .bench/): messages/s of the
      raw split + parse with the import's own splitter and parser, then of the import into a
      fresh SQLite file, and the import's peak RSS (targets: >= 50 % of raw, < 400 MB).
  web [--size S|M|L] [--runs 5] [--json]
      The dashboard's portfolio in Debian's Chromium over the same scored store: time from
      navigation to the first row (fresh browser context each load) and the gzipped size of
      the first page's JavaScript. Default size L.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function importCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      size: { type: 'string', default: 'M' },
      database: { type: 'string', default: 'both' },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const size = values.size as DemoSize;
  if (!(size in DEMO_SIZES)) fail(`--size must be one of ${Object.keys(DEMO_SIZES).join(', ')}`);
  const databases: BenchDatabase[] | undefined = { sqlite: ['sqlite' as const], postgres: ['postgres' as const], both: ['sqlite' as const, 'postgres' as const] }[values.database];
  if (!databases) fail('--database must be sqlite, postgres or both');
  const result = await runImportBench({ size, databases, keep: values.keep });
  console.log(values.json ? JSON.stringify(result, null, 2) : formatImportReport(result));
  // The exit code says whether every target was met, so CI can run it.
  if (result.databases.some((d) => d.checks.some((c) => !c.pass))) process.exitCode = 1;
}

async function mailCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { messages: { type: 'string', default: '100000' }, json: { type: 'boolean', default: false } } });
  const messages = Number(values.messages);
  if (!Number.isInteger(messages) || messages < 1) fail('--messages must be a positive whole number');
  const result = await runMailBench({ messages });
  console.log(values.json ? JSON.stringify(result, null, 2) : formatMailReport(result));
  if (result.checks.some((c) => !c.pass)) process.exitCode = 1;
}

async function scoreCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { size: { type: 'string', default: 'M' }, json: { type: 'boolean', default: false } } });
  const size = values.size as DemoSize;
  if (!(size in DEMO_SIZES)) fail(`--size must be one of ${Object.keys(DEMO_SIZES).join(', ')}`);
  const result = await runScoreBench({ size });
  console.log(values.json ? JSON.stringify(result, null, 2) : formatScoreReport(result));
  if (result.checks.some((c) => !c.pass)) process.exitCode = 1;
}

function positiveNumber(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) fail(`--${name} must be a number, not "${value}"`);
  return n;
}

async function apiCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      size: { type: 'string', default: 'L' },
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '50' },
      warmup: { type: 'string', default: '2' },
      scenario: { type: 'string' },
      'cpu-prof': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const size = values.size as DemoSize;
  if (!(size in DEMO_SIZES)) fail(`--size must be one of ${Object.keys(DEMO_SIZES).join(', ')}`);
  const connections = positiveNumber('connections', values.connections);
  if (!Number.isInteger(connections) || connections < 1) fail('--connections must be a whole number of at least 1');
  const result = await runApiBench({
    size,
    seconds: positiveNumber('duration', values.duration),
    connections,
    warmupSeconds: positiveNumber('warmup', values.warmup),
    ...(values.scenario ? { only: values.scenario.split(',').map((s) => s.trim()) } : {}),
    ...(values['cpu-prof'] ? { cpuProfileDir: values['cpu-prof'] } : {}),
  });
  // A missed target is a finding, not a failure: the exit code stays 0 (errors setting up throw).
  console.log(values.json ? JSON.stringify(result, null, 2) : formatApiReport(result));
}

async function webCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { size: { type: 'string', default: 'L' }, runs: { type: 'string', default: '5' }, json: { type: 'boolean', default: false } } });
  const size = values.size as DemoSize;
  if (!(size in DEMO_SIZES)) fail(`--size must be one of ${Object.keys(DEMO_SIZES).join(', ')}`);
  const runs = positiveNumber('runs', values.runs);
  if (!Number.isInteger(runs)) fail('--runs must be a whole number');
  const result = await runWebBench({ size, runs });
  console.log(values.json ? JSON.stringify(result, null, 2) : formatWebReport(result));
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = { import: importCommand, score: scoreCommand, mail: mailCommand, api: apiCommand, web: webCommand };

const [command, ...rest] = process.argv.slice(2);
const run = command ? COMMANDS[command] : undefined;
if (!run) fail(command ? `unknown command "${command}"` : 'no command given');
try {
  await run(rest);
} catch (error) {
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) fail(error.message);
  throw error;
}
