import { PostgresAdapter, type Kysely } from 'kysely';
import { postgresSignalReader } from './postgres-signal-reader.js';
import type { SignalReader } from './signal-reader.js';
import { sqliteHandleOf } from './sqlite-handles.js';
import { sqliteSignalReader } from './sqlite-signal-reader.js';

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
