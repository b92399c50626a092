import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import type { DemoSize } from '../src/demo/index.js';
import { benchDemoData } from './demo-data.js';
import type { PhaseResult, RunFigures } from './import-phase.js';
import { rate } from './measure.js';
import { benchPostgresUrl, postgresUnavailable, withBenchSchema } from './postgres-target.js';
import { runInChild } from './run-in-child.js';
import { buildPackage } from './build-package.js';

export type BenchDatabase = 'sqlite' | 'postgres';

export interface ImportBenchOptions {
  readonly size: DemoSize;
  readonly databases: readonly BenchDatabase[];
  /** Keep the SQLite file and PostgreSQL schema for inspection. */
  readonly keep: boolean;
  readonly root?: string;
}

/** The targets: the whole import path against the parser alone, and absolute floors. */
export const TARGETS = { ratioToRaw: 0.4, sqliteRowsPerSecond: 150_000, peakRssMb: 500 } as const;

export interface Rate extends RunFigures {
  readonly rowsPerSecond: number;
}

export interface Check {
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly pass: boolean;
}

export interface DatabaseFigures {
  readonly database: BenchDatabase;
  readonly location?: string;
  readonly skipped?: string;
  readonly csv?: Rate & { readonly ratioToRaw: number };
  readonly rerun?: Rate;
  readonly ndjson?: Rate & { readonly ratioToRaw: number };
  /** The largest CSV file's rows written by the import's upsert alone, parsed and validated beforehand (untimed). */
  readonly writeAlone?: Rate & { readonly file: string };
  readonly peakRssMb?: number;
  readonly checks: readonly Check[];
}

export interface ImportBenchResult {
  readonly size: DemoSize;
  readonly dataDir: string;
  readonly generated: boolean;
  readonly raw: { readonly csv: Rate; readonly ndjson?: Rate };
  /** The reader plus record validation (zod schemas), no store: what the import spends before writing. */
  readonly validated: { readonly csv: Rate };
  readonly databases: readonly DatabaseFigures[];
}

const withRate = (f: RunFigures): Rate => ({ ...f, rowsPerSecond: rate(f.rows, f.seconds) });

function filesOf(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((n) => extname(n) === extension)
    .sort()
    .map((n) => resolve(dir, n));
}

function checksFor(database: BenchDatabase, csv: Rate & { ratioToRaw: number }, peak: number): Check[] {
  const checks: Check[] = [
    { name: 'ratio to raw parse', target: `>= ${TARGETS.ratioToRaw * 100}%`, actual: `${(csv.ratioToRaw * 100).toFixed(1)}%`, pass: csv.ratioToRaw >= TARGETS.ratioToRaw },
  ];
  if (database === 'sqlite') {
    const { sqliteRowsPerSecond: floor } = TARGETS;
    checks.push({ name: 'rows/s', target: `>= ${floor.toLocaleString('en-US')}`, actual: csv.rowsPerSecond.toLocaleString('en-US'), pass: csv.rowsPerSecond >= floor });
  }
  checks.push({ name: 'peak RSS', target: `< ${TARGETS.peakRssMb} MB`, actual: `${peak} MB`, pass: peak < TARGETS.peakRssMb });
  return checks;
}

async function benchDatabase(database: BenchDatabase, options: ImportBenchOptions, root: string, files: { csv: string[]; ndjson: string[] }, raw: ImportBenchResult['raw']): Promise<DatabaseFigures> {
  let url: string;
  let location: string;
  if (database === 'sqlite') {
    location = join(root, `import-${options.size}.db`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(location + suffix, { force: true });
    url = `sqlite:${location}`;
  } else {
    const base = benchPostgresUrl();
    const down = await postgresUnavailable(base);
    if (down) return { database, skipped: `PostgreSQL at ${base} did not answer (${down}); set BENCH_DATABASE_URL`, checks: [] };
    location = `schema bw_bench_${process.pid}`;
    url = withBenchSchema(base, `bw_bench_${process.pid}`);
  }
  const result = await runInChild({ phase: 'import', url, csv: files.csv, ndjson: files.ndjson, dropSchema: !options.keep });
  if (result.phase !== 'import') throw new Error('unexpected phase result');
  if (database === 'sqlite' && !options.keep) for (const suffix of ['', '-wal', '-shm']) rmSync(location + suffix, { force: true });
  const writeAlone = await writeAloneRate(database, files.csv);
  const csv = { ...withRate(result.csv), ratioToRaw: rate(result.csv.rows, result.csv.seconds) / raw.csv.rowsPerSecond };
  const ndjson = result.ndjson && raw.ndjson ? { ...withRate(result.ndjson), ratioToRaw: rate(result.ndjson.rows, result.ndjson.seconds) / raw.ndjson.rowsPerSecond } : undefined;
  return {
    database,
    ...(options.keep ? { location } : {}),
    csv,
    rerun: withRate(result.rerun),
    ...(ndjson ? { ndjson } : {}),
    writeAlone,
    peakRssMb: result.peakRssMb,
    checks: checksFor(database, csv, result.peakRssMb),
  };
}

/** The largest CSV file (the most rows of a demo) through the import's write step alone, into a store of its own. */
async function writeAloneRate(database: BenchDatabase, csv: readonly string[]): Promise<Rate & { file: string }> {
  const file = [...csv].sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!file) throw new Error('no CSV files to write');
  const schema = `bw_bench_write_${process.pid}`;
  const sqlitePath = join(tmpdir(), `bellwether-bench-write-${process.pid}.db`);
  const url = database === 'sqlite' ? `sqlite:${sqlitePath}` : withBenchSchema(benchPostgresUrl(), schema);
  try {
    const result = await runInChild({ phase: 'write', url, file, dropSchema: true });
    if (result.phase !== 'write') throw new Error('unexpected phase result');
    return { ...withRate(result.best), file: basename(file) };
  } finally {
    if (database === 'sqlite') for (const suffix of ['', '-wal', '-shm']) rmSync(sqlitePath + suffix, { force: true });
  }
}

async function rawRate(format: 'csv' | 'ndjson', files: readonly string[], validate = false): Promise<Rate> {
  const result: PhaseResult = await runInChild({ phase: 'parse', format, files, passes: 3, validate });
  if (result.phase !== 'parse') throw new Error('unexpected phase result');
  return withRate(result.best);
}

/**
 * `bench import`: the CSV files of a demo data set through the reader alone (the raw parse
 * rate), then through the whole import path into each database, each phase in a child process.
 */
export async function runImportBench(options: ImportBenchOptions): Promise<ImportBenchResult> {
  const root = options.root ?? '.bench';
  const { dir, generated } = await benchDemoData(options.size, root);
  const files = { csv: filesOf(dir, '.csv'), ndjson: filesOf(dir, '.ndjson') };
  // The phases run the built package, as `bellwether import` does.
  buildPackage();
  const raw = { csv: await rawRate('csv', files.csv), ndjson: await rawRate('ndjson', files.ndjson) };
  const validated = { csv: await rawRate('csv', files.csv, true) };
  const databases: DatabaseFigures[] = [];
  for (const database of options.databases) databases.push(await benchDatabase(database, options, root, files, raw));
  return { size: options.size, dataDir: dir, generated, raw, validated, databases };
}
