import { PostgresAdapter, type Kysely } from 'kysely';
import type { FactStatements } from './fact-statements.js';
import { postgresFactStatements } from './postgres-fact-statements.js';
import { sqliteFactStatements } from './sqlite-fact-statements.js';
import { sqliteHandleOf } from './sqlite-handles.js';

// One set per connection: it holds the connection's prepared statements.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const cache = new WeakMap<Kysely<any>, FactStatements>();

/**
 * The fact statements for a database opened by openDatabase. Ask with the Kysely instance
 * itself, not a transaction of it, then pass them to upsertFactVersions with the transaction.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function factStatementsFor(db: Kysely<any>): FactStatements {
  let statements = cache.get(db);
  if (statements) return statements;
  const native = sqliteHandleOf(db);
  if (native) statements = sqliteFactStatements(native);
  else if (db.getExecutor().adapter instanceof PostgresAdapter) statements = postgresFactStatements();
  else throw new Error('fact statements need a database opened by openDatabase (SQLite or PostgreSQL)');
  cache.set(db, statements);
  return statements;
}
