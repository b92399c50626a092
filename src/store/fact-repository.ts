import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { EntityKind } from '../domain/index.js';
import { FACT_TABLES, toColumnValues, type FactTable } from './fact-tables.js';

/** One version of a fact as an import offers it. */
export interface FactVersion {
  readonly key: string;
  readonly knownAt: string;
  /** Line in the source file, for provenance and duplicate detection. */
  readonly line: number;
  readonly record: Readonly<Record<string, unknown>>;
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

interface StoredVersion {
  id: number | undefined;
  knownAt: string;
  hash: string;
  checksum: string | null;
  line: number | null;
  /** Column values, present for versions this batch produced. */
  values?: unknown[];
}

interface HistoryWrite {
  key: string;
  from: StoredVersion;
  supersededAt: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any> | Transaction<any>;

const MAX_PARAMS = 30_000; // under SQLite's 32,766 and PostgreSQL's 65,535 bind limits

function hashValues(values: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(values)).digest('base64url').slice(0, 22);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes versions of facts so that nothing is overwritten: a changed fact moves its
 * previous version to `<table>_history` with the range in which it was believed, and an
 * identical one changes nothing (not even updated_at), so re-running an import is a no-op.
 * Run it inside a transaction: a batch lands whole or not at all.
 */
export async function upsertFactVersions(
  db: AnyDb,
  kind: EntityKind,
  versions: readonly FactVersion[],
  ctx: UpsertContext,
): Promise<UpsertOutcome> {
  const table = FACT_TABLES[kind];
  const outcome: UpsertOutcome = { inserted: 0, updated: 0, unchanged: 0, duplicates: [] };
  if (versions.length === 0) return outcome;

  // Versions of one key are applied oldest first; keys keep their file order.
  const byKey = new Map<string, FactVersion[]>();
  for (const v of versions) {
    const list = byKey.get(v.key);
    if (list) list.push(v);
    else byKey.set(v.key, [v]);
  }
  const current = await loadCurrent(db, table, [...byKey.keys()]);

  const inserts = new Map<string, StoredVersion>();
  const updates = new Map<string, StoredVersion>();
  const history: HistoryWrite[] = [];

  for (const [key, list] of byKey) {
    list.sort((a, b) => (a.knownAt < b.knownAt ? -1 : a.knownAt > b.knownAt ? 1 : 0));
    for (const v of list) {
      const values = toColumnValues(table, v.record);
      const hash = hashValues(values);
      const next: StoredVersion = { id: undefined, knownAt: v.knownAt, hash, checksum: ctx.checksum, line: v.line, values };
      const cur = inserts.get(key) ?? updates.get(key) ?? current.get(key);
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
        if (cur.hash === hash) {
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
      const result = await backfill(db, table, key, cur, next, ctx);
      if (result.kind === 'duplicate') outcome.duplicates.push({ line: v.line, key, firstLine: result.firstLine });
      else outcome[result.kind]++;
    }
  }

  // Stored versions are copied to history before their row is overwritten.
  for (const w of history) if (!w.from.values) await archiveStored(db, table, w);
  const ids = await insertCurrent(db, table, inserts, ctx);
  for (const [key, v] of updates) await updateCurrent(db, table, key, v, ctx);
  await insertHistory(db, table, history.filter((w) => w.from.values), ctx.importId, (key, from) => from.id ?? ids.get(key));
  return outcome;
}

async function loadCurrent(db: AnyDb, table: FactTable, keys: string[]): Promise<Map<string, StoredVersion>> {
  const map = new Map<string, StoredVersion>();
  for (const part of chunk(keys, 5000)) {
    const rows = await db
      .selectFrom(table.table)
      .select(['id', 'record_key', 'known_at', 'content_hash', 'source_checksum', 'source_line'])
      .where('record_key', 'in', part)
      .execute();
    for (const r of rows) {
      map.set(r.record_key as string, {
        id: Number(r.id),
        knownAt: r.known_at as string,
        hash: r.content_hash as string,
        checksum: r.source_checksum as string | null,
        line: r.source_line === null ? null : Number(r.source_line),
      });
    }
  }
  return map;
}

function provenance(v: StoredVersion) {
  return { known_at: v.knownAt, content_hash: v.hash, source_checksum: v.checksum, source_line: v.line };
}

function columnsOf(table: FactTable, values: unknown[] | undefined): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  table.columns.forEach(({ column }, i) => (row[column] = values?.[i] ?? null));
  return row;
}

async function insertCurrent(db: AnyDb, table: FactTable, inserts: Map<string, StoredVersion>, ctx: UpsertContext) {
  const ids = new Map<string, number>();
  const rows = [...inserts].map(([key, v]) => ({
    record_key: key,
    ...provenance(v),
    import_id: ctx.importId,
    created_at: ctx.now,
    updated_at: ctx.now,
    ...columnsOf(table, v.values),
  }));
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / (table.columns.length + 9)));
  for (const part of chunk(rows, perStatement)) {
    const returned = await db.insertInto(table.table).values(part).returning(['id', 'record_key']).execute();
    for (const r of returned) ids.set(r.record_key as string, Number(r.id));
  }
  return ids;
}

async function updateCurrent(db: AnyDb, table: FactTable, key: string, v: StoredVersion, ctx: UpsertContext) {
  await db
    .updateTable(table.table)
    .set({ ...provenance(v), import_id: ctx.importId, updated_at: ctx.now, ...columnsOf(table, v.values) })
    .where('record_key', '=', key)
    .execute();
}

/** Copies a stored current row into history, in SQL, before it is overwritten. */
async function archiveStored(db: AnyDb, table: FactTable, w: HistoryWrite) {
  const cols = ['id', 'record_key', 'known_at', 'content_hash', 'source_checksum', 'source_line', 'import_id', ...table.columns.map((c) => c.column)];
  await db
    .insertInto(table.historyTable)
    .columns([...cols, 'superseded_at'])
    .expression((eb) =>
      eb
        .selectFrom(table.table)
        .select([...cols, eb.val(w.supersededAt).as('superseded_at')])
        .where('record_key', '=', w.key),
    )
    .execute();
}

/** Writes versions this batch produced and replaced in the same batch. */
async function insertHistory(
  db: AnyDb,
  table: FactTable,
  writes: HistoryWrite[],
  importId: number,
  idOf: (key: string, from: StoredVersion) => number | undefined,
) {
  const rows = writes.map((w) => ({
    id: idOf(w.key, w.from),
    record_key: w.key,
    ...provenance(w.from),
    superseded_at: w.supersededAt,
    import_id: importId,
    ...columnsOf(table, w.from.values),
  }));
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / (table.columns.length + 9)));
  for (const part of chunk(rows, perStatement)) await db.insertInto(table.historyTable).values(part).execute();
}

type BackfillResult = { kind: 'updated' | 'unchanged' } | { kind: 'duplicate'; firstLine: number };

/**
 * Places a version older than the current one into history, between its neighbours:
 * the version before it now ends where this one starts, and this one ends where the next
 * begins. Rare (files are usually in time order), so it goes row by row.
 */
async function backfill(db: AnyDb, table: FactTable, key: string, cur: StoredVersion, v: StoredVersion, ctx: UpsertContext): Promise<BackfillResult> {
  const hist = await db
    .selectFrom(table.historyTable)
    .select(['history_id', 'known_at', 'superseded_at', 'content_hash', 'source_checksum', 'source_line'])
    .where('record_key', '=', key)
    .orderBy('known_at')
    .execute();
  const same = hist.find((h) => h.known_at === v.knownAt);
  if (same) {
    if (same.source_checksum === ctx.checksum && Number(same.source_line) !== v.line) return { kind: 'duplicate', firstLine: Number(same.source_line) };
    if (same.content_hash === v.hash) return { kind: 'unchanged' };
    await db
      .updateTable(table.historyTable)
      .set({ content_hash: v.hash, source_checksum: v.checksum, source_line: v.line, import_id: ctx.importId, ...columnsOf(table, v.values) })
      .where('history_id', '=', same.history_id)
      .execute();
    return { kind: 'updated' };
  }
  const before = hist.filter((h) => (h.known_at as string) < v.knownAt);
  const prev = before[before.length - 1];
  if (prev && prev.content_hash === v.hash) return { kind: 'unchanged' };
  const following = hist.find((h) => (h.known_at as string) > v.knownAt);
  await db
    .insertInto(table.historyTable)
    .values({
      id: cur.id,
      record_key: key,
      ...provenance(v),
      superseded_at: (following?.known_at as string | undefined) ?? cur.knownAt,
      import_id: ctx.importId,
      ...columnsOf(table, v.values),
    })
    .execute();
  if (prev && (prev.superseded_at as string) > v.knownAt) {
    await db.updateTable(table.historyTable).set({ superseded_at: v.knownAt }).where('history_id', '=', prev.history_id).execute();
  }
  return { kind: 'updated' };
}
