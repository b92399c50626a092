import { stat } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { EntityKind } from '../domain/index.js';
import { AccountRepository, factStatementsFor, factVersion, ImportRepository, ReviewListRepository, upsertFactVersions, type Database, type FactVersion, type ImportCounts } from '../store/index.js';
import type { MatchingRefs } from './account-directory.js';
import type { ColumnMapping } from './column-mapping.js';
import { fileChecksum } from './file-checksum.js';
import { inlineFilePreparer, type FilePreparer } from './file-preparer.js';
import { rawOfVersion, type DiscoveredContact, type PreparedBatch, type PreparedVersion } from './prepare-batch.js';
import type { ReadOptions } from './readers/index.js';
import { loadPeople } from './load-people.js';
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
  /** Who reads and validates the file: this thread by default, or a worker thread ({@link workerFilePreparer}). */
  readonly preparer?: FilePreparer;
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

const emptyCounts = (): ImportCounts => ({ rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, quarantined: 0, unmatched: 0 });

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
  const preparing = await preparer.open(file, {
    ...(kindOption ? { kind: kindOption } : {}),
    ...(mapping ? { mapping } : {}),
    ...(encoding ? { encoding } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(maxMessageBytes ? { maxMessageBytes } : {}),
    ...(expandFrom ? { expandFrom } : {}),
    ...(expandUntil ? { expandUntil } : {}),
    ...(storeBodies === false ? { storeBodies } : {}),
    batchSize: batchSize ?? IMPORT_BATCH_SIZE,
  });
  const { header } = preparing;
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
  const batches = preparing.batches(refs);
  const checksum = await fileChecksum(file);
  const knownAt = (await ImportRepository.firstKnownAt(db, checksum)) ?? options.now;
  const importId = await ImportRepository.start(db, { sourceFile: file, checksum, kind, format: header.format ?? '', startedAt: options.now, knownAt, options: { mapping: header.mappingName, encoding: header.encoding } });
  const statements = factStatementsFor(db);
  const issues: RowIssue[] = [];
  const reported = new Set<string>();
  const maxIssues = options.maxReportedIssues ?? 1000;
  const size = (await stat(file)).size;
  let bytesSeen = 0;

  const writeBatch = async (prepared: PreparedBatch, seen: number): Promise<void> => {
    const { rejected } = prepared;
    const versions = withKnownAt(prepared.versions, knownAt, header.knownAtFromSource === true);
    const batchCounts = emptyCounts();
    batchCounts.rowsRead = prepared.rowsRead;
    await db.transaction().execute(async (trx) => {
      const outcome = await upsertFactVersions(trx, kind, versions, { importId, checksum, now: options.now }, statements);
      const rawOf = outcome.duplicates.length > 0 ? new Map(versions.map((v, i) => [v.line, rawOfVersion(prepared, i)])) : undefined;
      for (const d of outcome.duplicates) {
        rejected.push({ line: d.line, code: 'duplicate_id', message: `"${d.key}" appears again (first on line ${d.firstLine}) with the same known_at`, raw: rawOf?.get(d.line) ?? '' });
      }
      batchCounts.inserted = outcome.inserted;
      batchCounts.updated = outcome.updated;
      batchCounts.unchanged = outcome.unchanged;
      batchCounts.quarantined = rejected.length;
      // Every activity of the file that waits for review counts, listed now or by an earlier run, so
      // the counts add up to the rows read on a re-import too; the list itself takes each only once.
      if (prepared.unmatched.length > 0) {
        await ReviewListRepository.add(trx, { importId, sourceFile: file, now: options.now }, prepared.unmatched);
        batchCounts.unmatched = prepared.unmatched.length;
      }
      if (reviewListInUse && versions.length > 0) await ReviewListRepository.removeKeys(trx, versions.map((v) => v.key));
      const newContacts = prepared.contacts.filter((c) => !contactsWritten.has(c.email));
      if (newContacts.length > 0) {
        const contactVersions = newContacts.map((c) => contactVersion(c, knownAt, header.knownAtFromSource === true));
        const written = await upsertFactVersions(trx, 'contacts', contactVersions, { importId, checksum, now: options.now }, statements);
        contactsCreated += written.inserted;
        for (const c of newContacts) contactsWritten.add(c.email);
      }
      await ImportRepository.recordBatch(trx, importId, { sourceFile: file, checksum, kind, now: options.now }, batchCounts, rejected);
    });
    for (const key of ['rowsRead', 'inserted', 'updated', 'unchanged', 'quarantined', 'unmatched'] as const) counts[key] += batchCounts[key];
    for (const u of prepared.unmatched) for (const a of u.addresses) unmatchedByAddress.set(a, (unmatchedByAddress.get(a) ?? 0) + 1);
    for (const r of rejected) {
      if (issues.length >= maxIssues) break;
      // The occurrences of one recurring event share its line and its fault: report it once.
      const seen = `${r.line} ${r.code}`;
      if (reported.has(seen)) continue;
      reported.add(seen);
      issues.push({ file, line: r.line, code: r.code as RowIssue['code'], message: r.message, ...(r.column ? { column: r.column } : {}), ...(r.raw !== undefined ? { raw: detached(r.raw) } : {}) });
    }
    options.onProgress?.(counts.rowsRead, seen > 0 ? Math.max(counts.rowsRead, Math.round((counts.rowsRead * size) / seen)) : counts.rowsRead);
  };

  // One batch is written while the next is prepared (on another thread, or between this
  // thread's waits on PostgreSQL). Batches still commit one at a time, in file order, so
  // each sees the ones before it.
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const prepared of batches) {
      bytesSeen += prepared.bytes;
      await writing;
      writing = writeBatch(prepared, bytesSeen);
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
  const unmatchedAddresses = [...unmatchedByAddress]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, maxIssues)
    .map(([address, activities]) => ({ address, activities }));
  return { file, ...base, checksum, importId, knownAt, counts, issues, ignoredColumns: header.ignoredColumns, unmatchedAddresses, contactsCreated };
}

/**
 * The batch's versions as the store takes them: a row that gave no known_at gets the file's.
 * A known_at the source gave itself (a message's date) is never later than the file's: a
 * mail dated in the future was still learned of when the file was imported.
 */
function withKnownAt(versions: PreparedVersion[], fileKnownAt: string, capAtFile: boolean): FactVersion[] {
  for (const v of versions) v.knownAt = knownAtOf(v.knownAt, fileKnownAt, capAtFile);
  return versions as FactVersion[];
}

function knownAtOf(own: string | undefined, fileKnownAt: string, capAtFile: boolean): string {
  return own === undefined || (capAtFile && own > fileKnownAt) ? fileKnownAt : own;
}

/** A discovered contact as a contacts version, known when its activity was (capped like it). */
function contactVersion(c: DiscoveredContact, fileKnownAt: string, capAtFile: boolean): FactVersion {
  const knownAt = knownAtOf(c.knownAt, fileKnownAt, capAtFile);
  const record = { email: c.email, ...(c.name ? { name: c.name } : {}), accountId: c.accountId, accountExternalId: c.accountExternalId };
  return factVersion('contacts', { key: c.email, knownAt, line: c.line, record });
}

/**
 * A copy of `text` that holds no reference to the string it was cut from. A row's raw text
 * is a slice of the chunk the reader parsed, and V8 keeps the whole chunk alive for as long
 * as the slice lives: the report's issues would otherwise pin most of a large file in memory.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
