import type { Kysely } from 'kysely';
import type { EntityKind } from '../domain/index.js';
import { factVersion, ImportRepository, ReviewListRepository, upsertFactVersions, type Database, type FactStatements, type FactVersion, type ImportCounts, type QuarantineEntry } from '../store/index.js';
import { rawOfVersion, type DiscoveredContact, type PreparedBatch, type PreparedVersion } from './prepare-batch.js';

/** What every batch of one file's import is written with. Plain data besides the statements, so a worker thread can be told it. */
export interface BatchWriteContext {
  readonly file: string;
  readonly kind: EntityKind;
  readonly importId: number;
  readonly checksum: string;
  /** The file's known_at: the first run's, on a re-run. */
  readonly knownAt: string;
  /** Rows' own known_at come from the source (mail, calendars) and are capped at the file's. */
  readonly knownAtFromSource: boolean;
  /** The time of this run, written to created_at and updated_at. */
  readonly now: string;
  /** Activities this file now matches come off the review list. */
  readonly reviewListInUse: boolean;
}

/** One written batch: its counts and every row it rejected, duplicates found while writing included. */
export interface WrittenBatch {
  readonly counts: ImportCounts;
  readonly rejected: QuarantineEntry[];
  readonly contactsCreated: number;
}

export const emptyCounts = (): ImportCounts => ({ rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, quarantined: 0, unmatched: 0 });

/**
 * Writes one prepared batch in one transaction: its versions, its quarantined rows, its
 * activities for review, the contacts met on them, and the run's counts, so a kill leaves
 * whole batches. `contactsWritten` holds the addresses this file's earlier batches made contacts of.
 */
export async function writePreparedBatch(db: Kysely<Database>, ctx: BatchWriteContext, statements: FactStatements, prepared: PreparedBatch, contactsWritten: Set<string>): Promise<WrittenBatch> {
  const { rejected } = prepared;
  const stamp = { importId: ctx.importId, checksum: ctx.checksum, now: ctx.now };
  const versions = withKnownAt(prepared.versions, ctx.knownAt, ctx.knownAtFromSource);
  const counts = emptyCounts();
  counts.rowsRead = prepared.rowsRead;
  let contactsCreated = 0;
  await db.transaction().execute(async (trx) => {
    const outcome = await upsertFactVersions(trx, ctx.kind, versions, stamp, statements);
    const rawOf = outcome.duplicates.length > 0 ? new Map(versions.map((v, i) => [v.line, rawOfVersion(prepared, i)])) : undefined;
    for (const d of outcome.duplicates) {
      rejected.push({ line: d.line, code: 'duplicate_id', message: `"${d.key}" appears again (first on line ${d.firstLine}) with the same known_at`, raw: rawOf?.get(d.line) ?? '' });
    }
    counts.inserted = outcome.inserted;
    counts.updated = outcome.updated;
    counts.unchanged = outcome.unchanged;
    counts.quarantined = rejected.length;
    // Every activity of the file that waits for review counts, listed now or by an earlier run, so
    // the counts add up to the rows read on a re-import too; the list itself takes each only once.
    if (prepared.unmatched.length > 0) {
      await ReviewListRepository.add(trx, { importId: ctx.importId, sourceFile: ctx.file, now: ctx.now }, prepared.unmatched);
      counts.unmatched = prepared.unmatched.length;
    }
    if (ctx.reviewListInUse && versions.length > 0) await ReviewListRepository.removeKeys(trx, versions.map((v) => v.key));
    const newContacts = prepared.contacts.filter((c) => !contactsWritten.has(c.email));
    if (newContacts.length > 0) {
      const contactVersions = newContacts.map((c) => contactVersion(c, ctx.knownAt, ctx.knownAtFromSource));
      const written = await upsertFactVersions(trx, 'contacts', contactVersions, stamp, statements);
      contactsCreated = written.inserted;
    }
    await ImportRepository.recordBatch(trx, ctx.importId, { sourceFile: ctx.file, checksum: ctx.checksum, kind: ctx.kind, now: ctx.now }, counts, rejected);
  });
  // Only once committed: a batch rolled back made no contacts.
  for (const c of prepared.contacts) contactsWritten.add(c.email);
  return { counts, rejected, contactsCreated };
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
