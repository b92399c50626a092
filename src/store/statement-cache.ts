import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared; queries whose text varies (IN lists of many lengths) push out the least recently used. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely's SQLite dialect sees it, with prepared statements kept by SQL
 * text (least recently used dropped past `max`). Kysely prepares every query anew, and
 * compiling the SQL cost a tenth of the CPU of a portfolio page in the API benchmark.
 * Reusing a statement is safe: Kysely runs one query at a time on its single connection
 * (a stream holds it until done), and SQLite re-prepares a statement the schema changed under.
 */
export function cachingStatements(native: BetterSqlite3.Database, max = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      statements.clear();
      native.close();
    },
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (statement) {
        // Most recently used last, so the first key is the one to drop.
        statements.delete(sql);
      } else {
        statement = native.prepare(sql);
        if (statements.size >= max) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement as unknown as SqliteStatement;
    },
  };
}
