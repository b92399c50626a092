import type { Kysely, Transaction } from 'kysely';
import type { FactTable } from './fact-tables.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any> | Transaction<any>;

/** What the upsert needs to know of a stored current row. `checksum` is the source file's of the import that wrote it. */
export interface CurrentRow {
  readonly id: number;
  readonly knownAt: string;
  readonly hash: string;
  readonly checksum: string | null;
  readonly line: number | null;
}

/** A stored history row, as placing a late version (a backfill) among its neighbours needs it. */
export interface HistoryEntry {
  readonly historyId: number;
  readonly knownAt: string;
  readonly supersededAt: string;
  readonly hash: string;
  readonly checksum: string | null;
  readonly line: number | null;
}

/** One version to write: its provenance and its column values in the table's column order. `checksum` is compared, not stored: the import id leads to it. */
export interface VersionRow {
  readonly key: string;
  readonly knownAt: string;
  readonly hash: string;
  readonly checksum: string | null;
  readonly line: number | null;
  readonly values: readonly unknown[];
}

/** A version this batch wrote and replaced again; `id` is undefined when its current row was inserted by the batch. */
export interface HistoryRow extends VersionRow {
  readonly id: number | undefined;
  readonly supersededAt: string;
}

/** The time and run a batch's writes are stamped with. */
export interface WriteStamp {
  readonly importId: number;
  readonly now: string;
}

/**
 * The set-at-a-time statements the fact upsert is made of, one implementation per driver
 * (sqlite-fact-statements.ts, postgres-fact-statements.ts). The upsert decides what to
 * write; these only write it, so both databases share one semantics. Every method runs
 * inside the caller's transaction `db`.
 */
export interface FactStatements {
  /** The current rows among `keys`, by key. */
  loadCurrent(db: AnyDb, table: FactTable, keys: readonly string[]): Promise<Map<string, CurrentRow>>;
  /** The history rows of `keys`, each key's in known_at order (ties by insertion). */
  loadHistory(db: AnyDb, table: FactTable, keys: readonly string[]): Promise<Map<string, HistoryEntry[]>>;
  /** Copies stored current rows into history, each ending at its `supersededAt`, before they are overwritten. */
  archiveCurrent(db: AnyDb, table: FactTable, writes: ReadonlyArray<{ readonly key: string; readonly supersededAt: string }>): Promise<void>;
  /** Inserts new current rows. */
  insertCurrent(db: AnyDb, table: FactTable, rows: readonly VersionRow[], stamp: WriteStamp): Promise<void>;
  /** Overwrites current rows by key (created_at is kept). */
  updateCurrent(db: AnyDb, table: FactTable, rows: readonly VersionRow[], stamp: WriteStamp): Promise<void>;
  /** Inserts history rows; a row without an id takes the id of the current row with its key. */
  insertHistory(db: AnyDb, table: FactTable, rows: readonly HistoryRow[], stamp: WriteStamp): Promise<void>;
}
