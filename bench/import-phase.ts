import { sql } from 'kysely';
import { importFiles } from '../src/app/import-files.js';
import { EMPTY_MAPPING, kindFromFileName } from '../src/ingest/index.js';
import { IMPORT_BATCH_SIZE } from '../src/ingest/import-file.js';
import { csvReader, ndjsonReader, type SourceReader } from '../src/ingest/readers/index.js';
import { createRecordBuilder } from '../src/ingest/record-builder.js';
import { migrateToLatest, openDatabase, type Store } from '../src/store/index.js';
import { peakRssMb, timed } from './measure.js';
import { scorePhase, type ScorePhaseRequest, type ScorePhaseResult } from './score-phase.js';

/**
 * One measured phase, run in a child process of its own so that its peak RSS is its own
 * (maxRSS only ever grows) and one phase's heap and JIT state don't flatter the next.
 */
export type PhaseRequest =
  | ScorePhaseRequest
  | { readonly phase: 'parse'; readonly format: 'csv' | 'ndjson'; readonly files: readonly string[]; readonly passes: number; readonly validate: boolean }
  | { readonly phase: 'import'; readonly url: string; readonly csv: readonly string[]; readonly ndjson: readonly string[]; readonly dropSchema: boolean };

export interface RunFigures {
  readonly rows: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly counts?: { readonly inserted: number; readonly updated: number; readonly unchanged: number; readonly quarantined: number };
}

export type PhaseResult =
  | ScorePhaseResult
  | { readonly phase: 'parse'; readonly best: RunFigures }
  | { readonly phase: 'import'; readonly csv: RunFigures; readonly rerun: RunFigures; readonly ndjson?: RunFigures; readonly peakRssMb: number };

const NOW = '2026-11-23T00:00:00.000Z';
const LATER = '2026-11-24T00:00:00.000Z';

/** Reads every row; with `validate`, also builds and validates each record as the import does (no account matching). */
async function countRows(reader: SourceReader, files: readonly string[], validate: boolean): Promise<number> {
  let rows = 0;
  for (const file of files) {
    // The batch size the import reads with, so the rates differ only by the import's work.
    const opened = await reader.open(file, { batchSize: IMPORT_BATCH_SIZE });
    const kind = kindFromFileName(file);
    const builder = validate && kind ? createRecordBuilder(kind, opened.columns, EMPTY_MAPPING) : undefined;
    for await (const batch of opened.batches) {
      rows += batch.length;
      if (builder) for (const r of batch) if (r.ok) builder.build(r.record);
    }
  }
  return rows;
}

/** The reader alone (the ceiling the import is compared with), or reader and validation; no store. Best of `passes`. */
async function parse(request: Extract<PhaseRequest, { phase: 'parse' }>): Promise<PhaseResult> {
  const reader = request.format === 'csv' ? csvReader : ndjsonReader;
  let best: RunFigures | undefined;
  for (let i = 0; i < request.passes; i++) {
    const run = await timed(() => countRows(reader, request.files, request.validate));
    if (!best || run.seconds < best.seconds) best = { rows: run.result, seconds: run.seconds, peakRssMb: run.peakRssMb };
  }
  return { phase: 'parse', best: best ?? { rows: 0, seconds: 0, peakRssMb: peakRssMb() } };
}

async function importRun(store: Store, files: readonly string[], now: string): Promise<RunFigures> {
  const run = await timed(() => importFiles(store, files, { now }));
  const { totals } = run.result;
  if (totals.failedFiles > 0) {
    const failed = run.result.files.filter((f) => f.fileIssue).map((f) => f.fileIssue?.message);
    throw new Error(`import failed: ${failed.join('; ')}`);
  }
  const { rowsRead, inserted, updated, unchanged, quarantined } = totals;
  return { rows: rowsRead, seconds: run.seconds, peakRssMb: run.peakRssMb, counts: { inserted, updated, unchanged, quarantined } };
}

/** Fresh database: the CSV files, the same files again (a no-op re-run), then the NDJSON files. */
async function importPhase(request: Extract<PhaseRequest, { phase: 'import' }>): Promise<PhaseResult> {
  const store = openDatabase(request.url);
  try {
    const migrated = await migrateToLatest(store);
    if (migrated.error) throw migrated.error;
    const csv = await importRun(store, request.csv, NOW);
    const rerun = await importRun(store, request.csv, LATER);
    const ndjson = request.ndjson.length > 0 ? await importRun(store, request.ndjson, NOW) : undefined;
    return { phase: 'import', csv, rerun, ...(ndjson ? { ndjson } : {}), peakRssMb: peakRssMb() };
  } finally {
    if (request.dropSchema && store.target.dialect === 'postgres' && store.target.schema) {
      await sql`drop schema if exists ${sql.id(store.target.schema)} cascade`.execute(store.db);
    }
    await store.close();
  }
}

export function runPhase(request: PhaseRequest): Promise<PhaseResult> {
  if (request.phase === 'score') return scorePhase(request);
  return request.phase === 'parse' ? parse(request) : importPhase(request);
}
