import { parseArgs } from 'node:util';
import { DEMO_SIZES, type DemoSize } from '../src/demo/index.js';
import { runImportBench, type BenchDatabase } from './import-bench.js';
import { formatImportReport } from './import-report.js';
import { formatScoreReport, runScoreBench } from './score-bench.js';

const USAGE = `usage: npm run bench -- <command> [options]

commands:
  import [--size S|M|L] [--database sqlite|postgres|both] [--keep] [--json]
      CSV import rows/s into each database next to the raw parse rate of the same reader.
      PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test.
  score [--size S|M|L] [--json]
      Full rescore of the demo data (imported once into .bench/score-<size>.db), then an
      incremental rescore after 1 % of accounts change; time, peak RSS and their ratio.`;

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

async function scoreCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { size: { type: 'string', default: 'M' }, json: { type: 'boolean', default: false } } });
  const size = values.size as DemoSize;
  if (!(size in DEMO_SIZES)) fail(`--size must be one of ${Object.keys(DEMO_SIZES).join(', ')}`);
  const result = await runScoreBench({ size });
  console.log(values.json ? JSON.stringify(result, null, 2) : formatScoreReport(result));
  if (result.checks.some((c) => !c.pass)) process.exitCode = 1;
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = { import: importCommand, score: scoreCommand };

const [command, ...rest] = process.argv.slice(2);
const run = command ? COMMANDS[command] : undefined;
if (!run) fail(command ? `unknown command "${command}"` : 'no command given');
try {
  await run(rest);
} catch (error) {
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) fail(error.message);
  throw error;
}
