import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';

// Keyed by the Kysely instance openDatabase made, so code holding only `db` can reach the
// connection underneath it (the import's fast write path, see sqlite-fact-statements.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const handles = new WeakMap<Kysely<any>, BetterSqlite3.Database>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function rememberSqliteHandle(db: Kysely<any>, native: BetterSqlite3.Database): void {
  handles.set(db, native);
}

/** The better-sqlite3 connection behind a Kysely instance opened by openDatabase, if it is SQLite. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function sqliteHandleOf(db: Kysely<any>): BetterSqlite3.Database | undefined {
  return handles.get(db);
}
