import { stat } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { ENTITY_KIND_SPECS, type EntityKind, type EntityKindSpec } from '../domain/index.js';
import { AccountRepository, factStatementsFor, ImportRepository, upsertFactVersions, type Database, type FactVersion, type ImportCounts, type QuarantineEntry } from '../store/index.js';
import { AccountDirectory } from './account-directory.js';
import { EMPTY_MAPPING, type ColumnMapping } from './column-mapping.js';
import { kindFromFileName } from './detect-kind.js';
import { fileChecksum } from './file-checksum.js';
import { detectPreset } from './presets/index.js';
import { readerFor, type ReadOptions, type ReadResult } from './readers/index.js';
import { createRecordBuilder, type RecordBuilder } from './record-builder.js';
import type { RowIssue } from './row-issue.js';

export interface ImportFileOptions extends ReadOptions {
  readonly kind?: EntityKind;
  readonly mapping?: ColumnMapping;
  /** The time of this run, from the edge (CLI/server): never read here. */
  readonly now: string;
  /** Reads the time for finished_at; given by the edge. Defaults to `now`. */
  readonly clock?: () => string;
  /** Called after each batch with the rows done so far and an estimate of the total. */
  readonly onProgress?: (done: number, estimatedTotal: number) => void;
  /** Most issues kept in the returned report; all go to the quarantine table. */
  readonly maxReportedIssues?: number;
}

export interface FileImportReport {
  readonly file: string;
  readonly kind?: EntityKind;
  readonly format?: string;
  readonly encoding?: string;
  readonly preset?: string;
  readonly checksum?: string;
  readonly importId?: number;
  readonly knownAt?: string;
  readonly counts: ImportCounts;
  /** The rows that were rejected, with line and reason (capped; the quarantine table has all). */
  readonly issues: RowIssue[];
  readonly ignoredColumns: readonly string[];
  /** Set when the file as a whole could not be imported. */
  readonly fileIssue?: RowIssue;
}

/**
 * Rows per batch, and so per transaction. Larger batches spread each transaction's fixed
 * cost (begin, commit, the key lookup, the counters) over more rows; 5,000 keeps a batch's
 * records a few MB and a killed import loses at most one batch of work.
 */
export const IMPORT_BATCH_SIZE = 5000;

const emptyCounts = (): ImportCounts => ({ rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, quarantined: 0 });

/**
 * Imports one CSV or NDJSON file: read, validate, match to accounts, upsert versions.
 * Each batch commits in one transaction with its quarantined rows and the run's counts,
 * so a kill leaves whole batches, and a re-run (which reuses the first run's known_at)
 * finds them unchanged and completes the rest.
 */
export async function importFile(db: Kysely<Database>, file: string, options: ImportFileOptions): Promise<FileImportReport> {
  const counts = emptyCounts();
  const fileFailure = (code: RowIssue['code'], message: string, extra: Partial<FileImportReport> = {}): FileImportReport => ({
    file,
    counts,
    issues: [],
    ignoredColumns: [],
    fileIssue: { file, line: 0, code, message },
    ...extra,
  });

  const reader = readerFor(file);
  if (!reader) return fileFailure('unreadable_file', `${file}: not a CSV or NDJSON file (by its extension)`);
  let opened;
  try {
    opened = await reader.open(file, { ...options, batchSize: options.batchSize ?? IMPORT_BATCH_SIZE });
  } catch (error) {
    return fileFailure('unreadable_file', (error as Error).message);
  }
  const preset = options.mapping ? undefined : detectPreset(opened.columns);
  const mapping = options.mapping ?? preset?.mapping ?? EMPTY_MAPPING;
  const kind = options.kind ?? mapping.kind ?? kindFromFileName(file);
  const base = { format: reader.format, encoding: opened.encoding, ...(preset ? { preset: preset.id } : {}) };
  if (!kind) return fileFailure('unknown_kind', `${file}: cannot tell what the file holds; name it after its kind (e.g. accounts.csv) or pass --kind`, base);
  if (opened.columns.length === 0 && reader.format === 'csv') return fileFailure('empty_file', `${file}: the file is empty`, { ...base, kind });

  const builder = createRecordBuilder(kind, opened.columns, mapping);
  if (builder.missingColumns.length > 0 && reader.format === 'csv') {
    return fileFailure('missing_column', `${file}: required column(s) missing: ${builder.missingColumns.join(', ')} (map them with --mapping)`, { ...base, kind });
  }

  const spec = ENTITY_KIND_SPECS[kind];
  const checksum = await fileChecksum(file);
  const knownAt = (await ImportRepository.firstKnownAt(db, checksum)) ?? options.now;
  const importId = await ImportRepository.start(db, { sourceFile: file, checksum, kind, format: reader.format, startedAt: options.now, knownAt, options: { mapping: mapping.name, encoding: opened.encoding } });
  const statements = factStatementsFor(db);
  const directory = new AccountDirectory(spec.accountRef === 'none' ? [] : await AccountRepository.refs(db));
  const issues: RowIssue[] = [];
  const maxIssues = options.maxReportedIssues ?? 1000;
  const size = (await stat(file)).size;
  let bytesSeen = 0;

  const writeBatch = async (prepared: PreparedBatch & { readonly bytesSeen: number }): Promise<void> => {
    const { versions, raws, rejected } = prepared;
    const batchCounts = emptyCounts();
    batchCounts.rowsRead = prepared.rowsRead;
    await db.transaction().execute(async (trx) => {
      const outcome = await upsertFactVersions(trx, kind, versions, { importId, checksum, now: options.now }, statements);
      const rawOf = outcome.duplicates.length > 0 ? new Map(versions.map((v, i) => [v.line, raws[i]])) : undefined;
      for (const d of outcome.duplicates) {
        rejected.push({ line: d.line, code: 'duplicate_id', message: `"${d.key}" appears again (first on line ${d.firstLine}) with the same known_at`, raw: rawOf?.get(d.line) ?? '' });
      }
      batchCounts.inserted = outcome.inserted;
      batchCounts.updated = outcome.updated;
      batchCounts.unchanged = outcome.unchanged;
      batchCounts.quarantined = rejected.length;
      await ImportRepository.recordBatch(trx, importId, { sourceFile: file, checksum, kind, now: options.now }, batchCounts, rejected);
    });
    for (const key of ['rowsRead', 'inserted', 'updated', 'unchanged', 'quarantined'] as const) counts[key] += batchCounts[key];
    for (const r of rejected) {
      if (issues.length >= maxIssues) break;
      issues.push({ file, line: r.line, code: r.code as RowIssue['code'], message: r.message, ...(r.column ? { column: r.column } : {}), ...(r.raw !== undefined ? { raw: detached(r.raw) } : {}) });
    }
    const seen = prepared.bytesSeen;
    options.onProgress?.(counts.rowsRead, seen > 0 ? Math.max(counts.rowsRead, Math.round((counts.rowsRead * size) / seen)) : counts.rowsRead);
  };

  // One batch is written while the next is read and validated: on PostgreSQL the database
  // works in another process meanwhile. Batches still commit one at a time, in file order,
  // so each sees the ones before it.
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const batch of opened.batches) {
      const prepared = await prepareBatch(batch, { builder, directory, spec, knownAt });
      bytesSeen += prepared.bytes;
      await writing;
      writing = writeBatch({ ...prepared, bytesSeen });
      // Awaited on the next turn or below; until then a failure must not count as unhandled.
      writing.catch(() => {});
    }
    await writing;
  } catch (error) {
    await writing.catch(() => {});
    await ImportRepository.finish(db, importId, 'failed', options.clock?.() ?? options.now, (error as Error).message);
    throw error;
  }
  await ImportRepository.finish(db, importId, 'completed', options.clock?.() ?? options.now);
  issues.sort((a, b) => a.line - b.line);
  return { file, kind, ...base, checksum, importId, knownAt, counts, issues, ignoredColumns: builder.ignoredColumns };
}

/**
 * A copy of `text` that holds no reference to the string it was cut from. A row's raw text
 * is a slice of the chunk the reader parsed, and V8 keeps the whole chunk alive for as long
 * as the slice lives: the report's issues would otherwise pin most of a large file in memory.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

interface PreparedBatch {
  readonly rowsRead: number;
  readonly versions: FactVersion[];
  /** Source text of each version, by index, for quarantining a duplicate. */
  readonly raws: string[];
  readonly rejected: QuarantineEntry[];
  /** Source characters of the batch's records, for the progress estimate. */
  readonly bytes: number;
}

interface BatchContext {
  readonly builder: RecordBuilder;
  readonly directory: AccountDirectory;
  readonly spec: EntityKindSpec;
  /** known_at of rows that carry none. */
  readonly knownAt: string;
}

/** Rows validated between yields to the event loop: a few ms of work, so a waiting database reply is read promptly. */
const YIELD_EVERY = 250;

/** Validates a batch and matches it to accounts: the versions to write and the rows to quarantine. */
async function prepareBatch(batch: readonly ReadResult[], { builder, directory, spec, knownAt }: BatchContext): Promise<PreparedBatch> {
  const versions: FactVersion[] = [];
  const raws: string[] = [];
  const rejected: QuarantineEntry[] = [];
  let bytes = 0;
  let i = 0;
  for (const result of batch) {
    // Lets the previous batch's statements go on meanwhile: each needs the event loop to read its reply and send the next.
    if (++i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    if (!result.ok) {
      const { issue } = result;
      rejected.push({ line: issue.line, code: issue.code, message: issue.message, ...(issue.column ? { column: issue.column } : {}), ...(issue.raw !== undefined ? { raw: issue.raw } : {}) });
      continue;
    }
    const { record: raw } = result;
    bytes += raw.raw.length + 1;
    const built = builder.build(raw);
    if (!built.ok) {
      rejected.push({ line: raw.line, code: built.code, message: built.message, raw: raw.raw, ...(built.column ? { column: built.column } : {}) });
      continue;
    }
    const record = built.record;
    const match = directory.match(spec, record);
    if (!match.ok) {
      rejected.push({ line: raw.line, code: match.code, message: match.message, raw: raw.raw, column: builder.columnOf(match.field) });
      continue;
    }
    if (match.account) {
      record.accountId = match.account.id;
      record.accountExternalId = match.account.externalId;
    }
    raws.push(raw.raw);
    versions.push({ key: spec.naturalKey(record), knownAt: (record.knownAt as string | undefined) ?? knownAt, line: raw.line, record });
  }
  return { rowsRead: batch.length, versions, raws, rejected, bytes };
}
