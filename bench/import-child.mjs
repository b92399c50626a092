// The import benchmark's measured phases (see import-bench.ts), in a plain Node process
// running the built package (dist/), as `bellwether import` runs: under tsx the TypeScript
// loader sat in this process and in the import's worker thread and added about 100 MB to
// the peak RSS being measured. One request in over IPC, one result out, then exit, so each
// phase's peak RSS is its own. Plain JavaScript because Node 20 cannot run TypeScript
// without a loader; the request and result types are in import-phase.ts.
import process from 'node:process';
import { URL } from 'node:url';

const DIST = new URL('../dist/', import.meta.url);
const { importFiles } = await import(new URL('app/import-files.js', DIST).href);
const { EMPTY_MAPPING, kindFromFileName } = await import(new URL('ingest/index.js', DIST).href);
const { IMPORT_BATCH_SIZE } = await import(new URL('ingest/import-file.js', DIST).href);
const { csvReader, ndjsonReader } = await import(new URL('ingest/readers/index.js', DIST).href);
const { createRecordBuilder } = await import(new URL('ingest/record-builder.js', DIST).href);
const { factStatementsFor, factVersion, migrateToLatest, openDatabase, upsertFactVersions } = await import(new URL('store/index.js', DIST).href);
const { ENTITY_KIND_SPECS } = await import(new URL('domain/index.js', DIST).href);
const { sql } = await import('kysely');

const NOW = '2026-11-23T00:00:00.000Z';
const LATER = '2026-11-24T00:00:00.000Z';
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function timed(work) {
  const start = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssMb: peakRssMb() };
}

/** Reads every row; with `validate`, also builds and validates each record as the import does (no account matching). */
async function countRows(reader, files, validate) {
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
async function parse(request) {
  const reader = request.format === 'csv' ? csvReader : ndjsonReader;
  let best;
  for (let i = 0; i < request.passes; i++) {
    const run = await timed(() => countRows(reader, request.files, request.validate));
    if (!best || run.seconds < best.seconds) best = { rows: run.result, seconds: run.seconds, peakRssMb: run.peakRssMb };
  }
  return { phase: 'parse', best: best ?? { rows: 0, seconds: 0, peakRssMb: peakRssMb() } };
}

async function importRun(store, files, now) {
  const run = await timed(() => importFiles(store, files, { now }));
  const { totals } = run.result;
  if (totals.failedFiles > 0) {
    const failed = run.result.files.filter((f) => f.fileIssue).map((f) => f.fileIssue?.message);
    throw new Error(`import failed: ${failed.join('; ')}`);
  }
  const { rowsRead, inserted, updated, unchanged, quarantined } = totals;
  return { rows: rowsRead, seconds: run.seconds, peakRssMb: run.peakRssMb, counts: { inserted, updated, unchanged, quarantined } };
}

async function dropBenchSchema(store, request) {
  if (request.dropSchema && store.target.dialect === 'postgres' && store.target.schema) {
    await sql`drop schema if exists ${sql.id(store.target.schema)} cascade`.execute(store.db);
  }
}

/** Fresh database: the CSV files, the same files again (a no-op re-run), then the NDJSON files. */
async function importPhase(request) {
  const store = openDatabase(request.url);
  try {
    const migrated = await migrateToLatest(store);
    if (migrated.error) throw migrated.error;
    const csv = await importRun(store, request.csv, NOW);
    const rerun = await importRun(store, request.csv, LATER);
    const ndjson = request.ndjson.length > 0 ? await importRun(store, request.ndjson, NOW) : undefined;
    return { phase: 'import', csv, rerun, ...(ndjson ? { ndjson } : {}), peakRssMb: peakRssMb() };
  } finally {
    await dropBenchSchema(store, request);
    await store.close();
  }
}

/**
 * The store alone: the rows of one file, read and validated untimed, then each batch
 * written as the import writes it (the upsert through the fact statements, one transaction
 * per batch) with only the writes timed. What one writer can do at best: the import's
 * parsing and validation come on top of it, on two cores shared with the writes.
 */
async function writePhase(request) {
  const store = openDatabase(request.url);
  try {
    const migrated = await migrateToLatest(store);
    if (migrated.error) throw migrated.error;
    const kind = kindFromFileName(request.file);
    const spec = ENTITY_KIND_SPECS[kind];
    const opened = await csvReader.open(request.file, { batchSize: IMPORT_BATCH_SIZE });
    const builder = createRecordBuilder(kind, opened.columns, EMPTY_MAPPING);
    const statements = factStatementsFor(store.db);
    const stamp = { importId: 1, checksum: 'write-phase', now: NOW };
    // Accounts numbered as they first appear: the rows need an account id, not these accounts' rows.
    const accountIds = new Map();
    let rows = 0;
    let nanoseconds = 0n;
    for await (const batch of opened.batches) {
      const versions = [];
      for (const r of batch) {
        if (!r.ok) continue;
        const built = builder.build(r.record);
        if (!built.ok) continue;
        const record = built.record;
        if (record.accountExternalId !== undefined) {
          let id = accountIds.get(record.accountExternalId);
          if (id === undefined) accountIds.set(record.accountExternalId, (id = accountIds.size + 1));
          record.accountId = id;
        }
        versions.push(factVersion(kind, { key: spec.naturalKey(record), knownAt: record.knownAt ?? NOW, line: r.record.line, record }));
      }
      const start = process.hrtime.bigint();
      await store.db.transaction().execute((trx) => upsertFactVersions(trx, kind, versions, stamp, statements));
      nanoseconds += process.hrtime.bigint() - start;
      rows += versions.length;
    }
    return { phase: 'write', best: { rows, seconds: Number(nanoseconds) / 1e9, peakRssMb: peakRssMb() } };
  } finally {
    await dropBenchSchema(store, request);
    await store.close();
  }
}

const PHASES = { parse, import: importPhase, write: writePhase };

process.once('message', (request) => {
  PHASES[request.phase](request).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error) => process.send?.({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1)),
  );
});
