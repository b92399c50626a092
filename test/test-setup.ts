import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase, type Store } from '../src/store/index.js';

/** Every database a store suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export type Dialect = Store['dialect'];

export const DIALECTS: readonly Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestStore {
  readonly store: Store;
  /** The URL the store was opened with, so a child process can open the same database. */
  readonly url: string;
  /** Closes the store and removes its file or schema. */
  cleanup(): Promise<void>;
}

/** A temporary directory removed by the returned function. */
export function makeTempDir(prefix = 'bw-test-'): { readonly dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * `TEST_DATABASE_URL` with `schema=<name>` set, whether or not the URL already has a query
 * (`…/test?sslmode=disable` becomes `…/test?sslmode=disable&schema=<name>`).
 */
export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('schema', schema);
  return parsed.toString();
}

/** A schema name no other test file or run uses. */
export function uniqueSchemaName(): string {
  return `bw_t_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Opens a fresh, empty database for `dialect` without migrating it (on PostgreSQL, in `schema` if given). */
export function openTestDatabase(dialect: Dialect, options: { schema?: string } = {}): TestStore {
  if (dialect === 'sqlite') {
    const temp = makeTempDir('bw-db-');
    const url = `sqlite:${join(temp.dir, 'bellwether.db')}`;
    const store = openDatabase(url);
    return {
      store,
      url,
      async cleanup() {
        await store.close();
        temp.remove();
      },
    };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set, so there is no PostgreSQL to test on');
  const schema = options.schema ?? uniqueSchemaName();
  const url = withSchema(base, schema);
  const store = openDatabase(url);
  return {
    store,
    url,
    async cleanup() {
      try {
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
      } finally {
        await store.close();
      }
    },
  };
}

/** A migrated store on a fresh temp SQLite file or a fresh PostgreSQL schema. */
export async function createTestStore(dialect: Dialect): Promise<TestStore> {
  const test = openTestDatabase(dialect);
  const report = await migrateToLatest(test.store);
  if (report.error) {
    await test.cleanup();
    throw new Error(`migration failed on ${dialect}`, { cause: report.error });
  }
  return test;
}

/** The tables of the store's database (its schema, on PostgreSQL), sorted. */
export async function tableNames(store: Store): Promise<string[]> {
  const query =
    store.dialect === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`;
  const { rows } = await query.execute(store.db);
  return rows.map((r) => r.name).sort();
}

/** Every row of a table, ordered by the given columns (fact tables other than accounts are not in the typed schema). */
export async function selectRows(store: Store, table: string, orderBy: readonly string[] = ['id']): Promise<Array<Record<string, unknown>>> {
  const order = sql.join(orderBy.map((c) => sql.ref(c)));
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by ${order}`.execute(store.db);
  return rows;
}

export async function countRows(store: Store, table: string): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(store.db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * What a fact table holds, independent of row ids and write times: each current version as
 * `key known_at hash` and each history version as `key known_at superseded_at hash`, sorted.
 */
export async function factVersions(store: Store, table: string): Promise<{ current: string[]; history: string[] }> {
  const current = await selectRows(store, table, ['record_key']);
  const history = await selectRows(store, `${table}_history`, ['record_key', 'known_at']);
  return {
    current: current.map((r) => `${String(r.record_key)} ${String(r.known_at)} ${String(r.content_hash)}`).sort(),
    history: history.map((r) => `${String(r.record_key)} ${String(r.known_at)} ${String(r.superseded_at)} ${String(r.content_hash)}`).sort(),
  };
}

/** Every quarantined row as `file-checksum line code`, sorted. */
export async function quarantinedRows(store: Store): Promise<string[]> {
  const rows = await selectRows(store, 'quarantine', ['source_checksum', 'line']);
  return rows.map((r) => `${String(r.source_checksum)} ${Number(r.line)} ${String(r.code)}`).sort();
}
