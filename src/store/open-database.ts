import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url.js';
import { copyAwarePool } from './postgres-copy.js';
import type { Database } from './schema.js';
import { rememberSqliteHandle } from './sqlite-handles.js';
import { cachingStatements } from './statement-cache.js';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DatabaseTarget['dialect'];
  readonly target: DatabaseTarget;
  close(): Promise<void>;
}

// PostgreSQL returns int8/numeric as strings by default; our counts and amounts fit a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** Opens the database a URL (see {@link parseDatabaseUrl}) or a parsed target names; does not migrate. */
export function openDatabase(url: string | undefined | DatabaseTarget): Store {
  const target = typeof url === 'object' ? url : parseDatabaseUrl(url);
  if (target.dialect === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    const native = new SqliteDatabase(target.path);
    // WAL lets readers (the API) run while an import writes; NORMAL sync is durable at
    // each checkpoint and safe against a process kill (only an OS crash can lose the tail).
    native.pragma('journal_mode = WAL');
    native.pragma('synchronous = NORMAL');
    native.pragma('foreign_keys = ON');
    native.pragma('busy_timeout = 5000');
    // 32 MiB of page cache (the default is 2 MiB): an import touches the same index pages
    // batch after batch, and re-reading them from the OS cost a fifth of its time.
    native.pragma('cache_size = -32768');
    // Checkpoint every ~40 MiB of WAL rather than 4 MiB: fewer, larger copies into the
    // database file while importing; readers see no difference.
    native.pragma('wal_autocheckpoint = 10000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(native) }) });
    rememberSqliteHandle(db, native);
    return { db, dialect: 'sqlite', target, close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 10,
    // Quoted as ensureSchema's sql.id quotes it, so a name with capitals names the same schema.
    ...(target.schema ? { options: `-c search_path="${checkSchemaName(target.schema)}"` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: copyAwarePool(pool) }) });
  return { db, dialect: 'postgres', target, close: () => db.destroy() };
}

function checkSchemaName(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`invalid schema name "${name}"`);
  return name;
}

/** Creates the PostgreSQL schema named in the URL, if any (tests use one schema per run). */
export async function ensureSchema(store: Store): Promise<void> {
  if (store.target.dialect === 'postgres' && store.target.schema) {
    await sql`create schema if not exists ${sql.id(checkSchemaName(store.target.schema))}`.execute(store.db);
  }
}
