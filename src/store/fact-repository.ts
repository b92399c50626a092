import type { EntityKind } from '../domain/index.js';
import type { AnyDb, CurrentRow, FactStatements, HistoryEntry, HistoryRow, VersionRow } from './fact-statements.js';
import { contentHash } from './content-hash.js';
import { FACT_TABLES, toColumnValues, type FactTable } from './fact-tables.js';

/**
 * One version of a fact as an import offers it: its column values in the table's order
 * ({@link toColumnValues}) and their {@link contentHash}, worked out where the row was
 * validated (possibly another thread) so the writer only compares and writes.
 */
export interface FactVersion {
  readonly key: string;
  readonly knownAt: string;
  /** Line in the source file, for provenance and duplicate detection. */
  readonly line: number;
  readonly values: readonly unknown[];
  readonly hash: string;
}

/** A version of `record` for the table of `kind`. */
export function factVersion(kind: EntityKind, v: { readonly key: string; readonly knownAt: string; readonly line: number; readonly record: Readonly<Record<string, unknown>> }): FactVersion {
  const values = toColumnValues(FACT_TABLES[kind], v.record);
  return { key: v.key, knownAt: v.knownAt, line: v.line, values, hash: contentHash(values) };
}

export interface UpsertContext {
  readonly importId: number;
  readonly checksum: string;
  /** The time written to created_at / updated_at. */
  readonly now: string;
}

export interface UpsertOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Versions rejected because the same file already gave this key at the same known_at. */
  readonly duplicates: Array<{ readonly line: number; readonly key: string; readonly firstLine: number }>;
}

/** A version as the upsert tracks it: stored (with an id, no values) or produced by this batch (with values). */
interface Version {
  readonly key: string;
  id: number | undefined;
  readonly knownAt: string;
  readonly hash: string;
  readonly checksum: string | null;
  readonly line: number | null;
  /** Column values, present for versions this batch produced. */
  readonly values?: readonly unknown[];
}

interface HistoryWrite {
  key: string;
  from: Version;
  supersededAt: string;
}

const byKnownAt = (a: FactVersion, b: FactVersion) => (a.knownAt < b.knownAt ? -1 : a.knownAt > b.knownAt ? 1 : 0);

/**
 * Writes versions of facts so that nothing is overwritten: a changed fact moves its
 * previous version to `<table>_history` with the range in which it was believed, and an
 * identical one changes nothing (not even updated_at), so re-running an import is a no-op.
 * Run it inside a transaction (`db`), with the statements of its database
 * ({@link factStatementsFor}): a batch lands whole or not at all.
 */
export async function upsertFactVersions(
  db: AnyDb,
  kind: EntityKind,
  versions: readonly FactVersion[],
  ctx: UpsertContext,
  statements: FactStatements,
): Promise<UpsertOutcome> {
  const table = FACT_TABLES[kind];
  const outcome: UpsertOutcome = { inserted: 0, updated: 0, unchanged: 0, duplicates: [] };
  if (versions.length === 0) return outcome;

  // Versions of one key are applied oldest first; keys keep their file order.
  const byKey = new Map<string, FactVersion | FactVersion[]>();
  for (const v of versions) {
    const seen = byKey.get(v.key);
    if (seen === undefined) byKey.set(v.key, v);
    else if (Array.isArray(seen)) seen.push(v);
    else byKey.set(v.key, [seen, v]);
  }
  const current: Map<string, CurrentRow> = await statements.loadCurrent(db, table, [...byKey.keys()]);
  const histories = await loadLateHistories(db, table, statements, byKey, current);

  const inserts = new Map<string, Version>();
  const updates = new Map<string, Version>();
  const history: HistoryWrite[] = [];

  for (const [key, seen] of byKey) {
    const list = Array.isArray(seen) ? seen.sort(byKnownAt) : [seen];
    for (const v of list) {
      const next: Version = { key, id: undefined, knownAt: v.knownAt, hash: v.hash, checksum: ctx.checksum, line: v.line, values: v.values };
      const cur: Version | undefined = inserts.get(key) ?? updates.get(key) ?? stored(key, current.get(key));
      if (!cur) {
        inserts.set(key, next);
        outcome.inserted++;
        continue;
      }
      if (v.knownAt === cur.knownAt && cur.checksum === ctx.checksum && cur.line !== v.line) {
        outcome.duplicates.push({ line: v.line, key, firstLine: cur.line ?? 0 });
        continue;
      }
      if (v.knownAt >= cur.knownAt) {
        if (cur.hash === next.hash) {
          outcome.unchanged++;
          continue;
        }
        history.push({ key, from: cur, supersededAt: v.knownAt });
        next.id = cur.id;
        if (inserts.has(key)) inserts.set(key, next);
        else updates.set(key, next);
        outcome.updated++;
        continue;
      }
      // Older than what we hold: a version from the past arriving late (a backfill).
      const result = await backfill(db, table, statements, histories, cur, next, ctx);
      if (result.kind === 'duplicate') outcome.duplicates.push({ line: v.line, key, firstLine: result.firstLine });
      else outcome[result.kind]++;
    }
  }

  // Stored versions are copied to history before their row is overwritten. Inserts and
  // updates hold only versions this batch produced, so each has its values.
  await statements.archiveCurrent(db, table, history.filter((w) => !w.from.values));
  await statements.insertCurrent(db, table, [...inserts.values()] as VersionRow[], ctx);
  await statements.updateCurrent(db, table, [...updates.values()] as VersionRow[], ctx);
  const replaced: HistoryRow[] = [];
  for (const w of history) if (w.from.values) replaced.push({ ...(w.from as VersionRow), id: w.from.id, supersededAt: w.supersededAt });
  await statements.insertHistory(db, table, replaced, ctx);
  return outcome;
}

function stored(key: string, row: CurrentRow | undefined): Version | undefined {
  return row && { key, id: row.id, knownAt: row.knownAt, hash: row.hash, checksum: row.checksum, line: row.line };
}

/**
 * The history of every key offered a version older than its stored one, read in one
 * statement: such versions are backfills, and a re-run offers every superseded version
 * again, so reading history key by key would cost a query per row of most re-runs.
 */
async function loadLateHistories(db: AnyDb, table: FactTable, statements: FactStatements, byKey: Map<string, FactVersion | FactVersion[]>, current: Map<string, CurrentRow>): Promise<Map<string, HistoryEntry[]>> {
  const late: string[] = [];
  for (const [key, seen] of byKey) {
    const cur = current.get(key);
    if (cur && (Array.isArray(seen) ? seen.some((v) => v.knownAt < cur.knownAt) : seen.knownAt < cur.knownAt)) late.push(key);
  }
  const histories = late.length > 0 ? await statements.loadHistory(db, table, late) : new Map<string, HistoryEntry[]>();
  for (const key of late) if (!histories.has(key)) histories.set(key, []);
  return histories;
}

function provenance(v: Version) {
  return { known_at: v.knownAt, content_hash: v.hash, source_line: v.line };
}

function columnsOf(table: FactTable, values: readonly unknown[] | undefined): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  table.columns.forEach(({ column }, i) => (row[column] = values?.[i] ?? null));
  return row;
}

type BackfillResult = { kind: 'updated' | 'unchanged' } | { kind: 'duplicate'; firstLine: number };

/**
 * Places a version older than the current one into history, between its neighbours:
 * the version before it now ends where this one starts, and this one ends where the next
 * begins. Rare as a write (files are usually in time order), so writes go row by row,
 * through Kysely; a key's history is read again after this batch wrote to it.
 */
async function backfill(db: AnyDb, table: FactTable, statements: FactStatements, histories: Map<string, HistoryEntry[]>, cur: Version, v: Version, ctx: UpsertContext): Promise<BackfillResult> {
  const key = v.key;
  let hist = histories.get(key);
  if (hist === undefined) hist = (await statements.loadHistory(db, table, [key])).get(key) ?? [];
  const same = hist.find((h) => h.knownAt === v.knownAt);
  if (same) {
    if (same.checksum === ctx.checksum && same.line !== v.line) return { kind: 'duplicate', firstLine: same.line ?? 0 };
    if (same.hash === v.hash) return { kind: 'unchanged' };
    histories.delete(key);
    await db
      .updateTable(table.historyTable)
      .set({ content_hash: v.hash, source_line: v.line, import_id: ctx.importId, ...columnsOf(table, v.values) })
      .where('history_id', '=', same.historyId)
      .execute();
    return { kind: 'updated' };
  }
  const before = hist.filter((h) => h.knownAt < v.knownAt);
  const prev = before[before.length - 1];
  if (prev && prev.hash === v.hash) return { kind: 'unchanged' };
  const following = hist.find((h) => h.knownAt > v.knownAt);
  histories.delete(key);
  await db
    .insertInto(table.historyTable)
    .values({
      id: cur.id,
      record_key: key,
      ...provenance(v),
      superseded_at: following?.knownAt ?? cur.knownAt,
      import_id: ctx.importId,
      ...columnsOf(table, v.values),
    })
    .execute();
  if (prev && prev.supersededAt > v.knownAt) {
    await db.updateTable(table.historyTable).set({ superseded_at: v.knownAt }).where('history_id', '=', prev.historyId).execute();
  }
  return { kind: 'updated' };
}
