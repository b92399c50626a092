import { stat } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { EntityKind } from '../domain/index.js';
import { AccountRepository, factStatementsFor, ImportRepository, ReviewListRepository, type Database, type ImportCounts, type QuarantineEntry } from '../store/index.js';
import type { MatchingRefs } from './account-directory.js';
import type { ColumnMapping } from './column-mapping.js';
import { fileChecksum } from './file-checksum.js';
import { inlineFilePreparer, type FilePreparer, type PreparingFile } from './file-preparer.js';
import { openForPreparation, type FileTurns, type PrepareFileOptions } from './prepare-file.js';
import type { RelayFileRequest, RelayPartner } from './relay-partner.js';
import { takeTurns } from './take-turns.js';
import type { PreparedBatch } from './prepare-batch.js';
import { START_OF_FILE, type ReadOptions } from './readers/index.js';
import { loadPeople } from './load-people.js';
import type { RowIssue } from './row-issue.js';
import { emptyCounts, writePreparedBatch, type BatchWriteContext } from './write-prepared-batch.js';

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
  /** Who reads and validates the file: this thread by default, or a worker thread ({@link workerFilePreparer}). */
  readonly preparer?: FilePreparer;
  /**
   * A second thread to share files read from places (CSV, NDJSON) with, batch by batch: each
   * thread reads, validates and writes every other batch ({@link relayPartner}).
   */
  readonly relay?: RelayPartner;
  /** Our email domains, besides those of the internal users: who is on our side in mail and meetings. */
  readonly internalDomains?: readonly string[];
  /** False keeps only the features derived from message text, not the text (`store_bodies: false`). Default true. */
  readonly storeBodies?: boolean;
}

/** The addresses of a file's activities that matched no account, with how many activities each holds. */
export interface UnmatchedAddressCount {
  readonly address: string;
  readonly activities: number;
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
  /** Customer addresses of this file's activities that matched no account (most activities first, capped); the review list has all. */
  readonly unmatchedAddresses: readonly UnmatchedAddressCount[];
  /** Customers at an account's own domain met on its mail and meetings who were not contacts: now they are. */
  readonly contactsCreated: number;
  /** Set when the file as a whole could not be imported. */
  readonly fileIssue?: RowIssue;
}

/**
 * Rows per batch, and so per transaction. Larger batches spread each transaction's fixed
 * cost (begin, commit, the key lookup, the counters) over more rows; 5,000 keeps a batch's
 * records a few MB and a killed import loses at most one batch of work.
 */
export const IMPORT_BATCH_SIZE = 5000;

/**
 * Imports one CSV or NDJSON file: read, validate, match to accounts, upsert versions.
 * Each batch commits in one transaction with its quarantined rows and the run's counts,
 * so a kill leaves whole batches, and a re-run (which reuses the first run's known_at)
 * finds them unchanged and completes the rest.
 */
export async function importFile(db: Kysely<Database>, file: string, options: ImportFileOptions): Promise<FileImportReport> {
  const counts = emptyCounts();
  const preparer = options.preparer ?? inlineFilePreparer;
  const { kind: kindOption, mapping, encoding, delimiter, batchSize, maxMessageBytes, expandFrom, expandUntil, storeBodies } = options;
  const prepareOptions: PrepareFileOptions = {
    ...(kindOption ? { kind: kindOption } : {}),
    ...(mapping ? { mapping } : {}),
    ...(encoding ? { encoding } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(maxMessageBytes ? { maxMessageBytes } : {}),
    ...(expandFrom ? { expandFrom } : {}),
    ...(expandUntil ? { expandUntil } : {}),
    ...(storeBodies === false ? { storeBodies } : {}),
    batchSize: batchSize ?? IMPORT_BATCH_SIZE,
  };
  // With a relay partner, a file read from places (CSV, NDJSON) is shared out batch by batch.
  // Activities stay with the preparer: the contacts met on them are made once per file.
  const opened = options.relay ? await openForPreparation(file, prepareOptions) : undefined;
  const relayed = opened && (opened.header.fileIssue || (opened.turns && !opened.header.needsPeople)) ? opened : undefined;
  const preparing = relayed ? undefined : await preparer.open(file, prepareOptions);
  const header = relayed ? relayed.header : (preparing as PreparingFile).header;
  const base = {
    ...(header.kind ? { kind: header.kind } : {}),
    ...(header.format ? { format: header.format } : {}),
    ...(header.encoding ? { encoding: header.encoding } : {}),
    ...(header.preset ? { preset: header.preset } : {}),
  };
  if (header.fileIssue) return { file, ...base, counts, issues: [], ignoredColumns: [], unmatchedAddresses: [], contactsCreated: 0, fileIssue: header.fileIssue };
  const kind = header.kind as EntityKind;

  const refs: MatchingRefs = {
    accounts: header.needsAccounts ? await AccountRepository.refs(db) : [],
    ...(header.needsPeople ? { people: await loadPeople(db, options.internalDomains ?? []) } : {}),
  };
  // Activities listed for review that this file now matches come off the list as they are written.
  const reviewListInUse = header.needsPeople && !(await ReviewListRepository.isEmpty(db));
  const unmatchedByAddress = new Map<string, number>();
  const contactsWritten = new Set<string>();
  let contactsCreated = 0;
  // The preparer starts reading and validating now, while the checksum is worked out.
  const batches = preparing?.batches(refs);
  const checksum = await fileChecksum(file);
  const knownAt = (await ImportRepository.firstKnownAt(db, checksum)) ?? options.now;
  const importId = await ImportRepository.start(db, { sourceFile: file, checksum, kind, format: header.format ?? '', startedAt: options.now, knownAt, options: { mapping: header.mappingName, encoding: header.encoding } });
  const statements = factStatementsFor(db);
  const issues: RowIssue[] = [];
  const reported = new Set<string>();
  const maxIssues = options.maxReportedIssues ?? 1000;
  const size = (await stat(file)).size;
  let bytesSeen = 0;

  const writeContext: BatchWriteContext = { file, kind, importId, checksum, knownAt, knownAtFromSource: header.knownAtFromSource === true, now: options.now, reviewListInUse };
  /** Counts and reports a committed batch, in file order. */
  const accept = (batch: { counts: ImportCounts; rejected: readonly QuarantineEntry[]; contactsCreated: number; bytes: number }, unmatched: PreparedBatch['unmatched']): void => {
    const { counts: batchCounts, rejected } = batch;
    contactsCreated += batch.contactsCreated;
    bytesSeen += batch.bytes;
    for (const key of ['rowsRead', 'inserted', 'updated', 'unchanged', 'quarantined', 'unmatched'] as const) counts[key] += batchCounts[key];
    for (const u of unmatched) for (const a of u.addresses) unmatchedByAddress.set(a, (unmatchedByAddress.get(a) ?? 0) + 1);
    for (const r of rejected) {
      if (issues.length >= maxIssues) break;
      // The occurrences of one recurring event share its line and its fault: report it once.
      const lineCode = `${r.line} ${r.code}`;
      if (reported.has(lineCode)) continue;
      reported.add(lineCode);
      issues.push({ file, line: r.line, code: r.code as RowIssue['code'], message: r.message, ...(r.column ? { column: r.column } : {}), ...(r.raw !== undefined ? { raw: detached(r.raw) } : {}) });
    }
    options.onProgress?.(counts.rowsRead, bytesSeen > 0 ? Math.max(counts.rowsRead, Math.round((counts.rowsRead * size) / bytesSeen)) : counts.rowsRead);
  };
  const writeBatch = async (prepared: PreparedBatch): Promise<void> => {
    const written = await writePreparedBatch(db, writeContext, statements, prepared, contactsWritten);
    accept({ ...written, bytes: prepared.bytes }, prepared.unmatched);
  };

  try {
    if (relayed?.turns && options.relay) {
      await relayBatches(options.relay, relayed.turns(refs), { file, options: prepareOptions, refs, context: writeContext, maxReportedIssues: maxIssues, onBatch: (batch) => accept(batch, []) }, writeBatch);
    } else if (batches) {
      await pipelineBatches(batches, writeBatch);
    }
  } catch (error) {
    await ImportRepository.finish(db, importId, 'failed', options.clock?.() ?? options.now, (error as Error).message);
    throw error;
  }
  await ImportRepository.finish(db, importId, 'completed', options.clock?.() ?? options.now);
  issues.sort((a, b) => a.line - b.line);
  const unmatchedAddresses = [...unmatchedByAddress]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, maxIssues)
    .map(([address, activities]) => ({ address, activities }));
  return { file, ...base, checksum, importId, knownAt, counts, issues, ignoredColumns: header.ignoredColumns, unmatchedAddresses, contactsCreated };
}

/**
 * One batch is written while the next is prepared (on another thread, or between this
 * thread's waits on PostgreSQL). Batches still commit one at a time, in file order, so
 * each sees the ones before it.
 */
async function pipelineBatches(batches: AsyncIterable<PreparedBatch>, writeBatch: (prepared: PreparedBatch) => Promise<void>): Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const prepared of batches) {
      await writing;
      writing = writeBatch(prepared);
      // Awaited on the next turn or below; until then a failure must not count as unhandled.
      writing.catch(() => {});
    }
    await writing;
  } catch (error) {
    await writing.catch(() => {});
    throw error;
  }
}

/**
 * This thread and the relay partner take turns on the file (take-turns.ts): this one reads
 * the first batch, the partner the second, and so on, each writing its own in file order.
 * Returns once every batch is committed and the partner is done with the file.
 */
async function relayBatches(partner: RelayPartner, turns: FileTurns, request: RelayFileRequest, writeBatch: (prepared: PreparedBatch) => Promise<void>): Promise<void> {
  const relayed = partner.relay(request);
  const { board } = relayed;
  board.placePassed(0, START_OF_FILE);
  try {
    await takeTurns(board, turns, relayed.passPlace, async (index, prepared) => {
      await writeBatch(prepared);
      relayed.written(index);
    });
    // The partner read the last batch: it may still be writing it.
    if (board.batches !== undefined && board.batches > 0) await board.whenWritten(board.batches - 1);
  } catch (error) {
    relayed.stop(error as Error);
    await relayed.done;
    throw error;
  }
  await relayed.done;
  if (board.failed) throw board.failed;
}

/**
 * A copy of `text` that holds no reference to the string it was cut from. A row's raw text
 * is a slice of the chunk the reader parsed, and V8 keeps the whole chunk alive for as long
 * as the slice lives: the report's issues would otherwise pin most of a large file in memory.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
