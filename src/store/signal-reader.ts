import { PostgresAdapter, type Kysely } from 'kysely';
import { postgresSignalReader } from './postgres-signal-reader.js';
import type { SignalTable } from './signal-tables.js';
import { sqliteHandleOf } from './sqlite-handles.js';
import { sqliteSignalReader } from './sqlite-signal-reader.js';

/**
 * The as-of reads scoring is made of, one implementation per driver. A version is
 * believed at `asOf` when it is the current row with known_at <= asOf, or a history row
 * with known_at <= asOf < superseded_at. Rows come in the layout of
 * {@link SignalTable.selected}, as arrays.
 */
export interface SignalReader {
  /**
   * The versions of a fact table believed at `asOf` whose account is among `accountIds`,
   * in runs each sorted by account, then sort column, then id (mergeRuns joins them).
   */
  facts(table: SignalTable, accountIds: readonly number[], asOf: string): Promise<ReadonlyArray<unknown[][]>>;
  /** The version of each account among `accountIds` believed at `asOf`, in runs each sorted by id. */
  accounts(table: SignalTable, accountIds: readonly number[], asOf: string): Promise<ReadonlyArray<unknown[][]>>;
}

// One per connection: the SQLite one holds the connection's prepared statements.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const cache = new WeakMap<Kysely<any>, SignalReader>();

/** The signal reader for a database opened by openDatabase. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function signalReaderFor(db: Kysely<any>): SignalReader {
  let reader = cache.get(db);
  if (reader) return reader;
  const native = sqliteHandleOf(db);
  if (native) reader = sqliteSignalReader(native);
  else if (db.getExecutor().adapter instanceof PostgresAdapter) reader = postgresSignalReader(db);
  else throw new Error('signal reads need a database opened by openDatabase (SQLite or PostgreSQL)');
  cache.set(db, reader);
  return reader;
}
