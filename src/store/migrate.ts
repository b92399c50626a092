import { Migrator, sql, type MigrationResult } from 'kysely';
import { migrationProvider } from './migrations/index.js';
import { ensureSchema, type Store } from './open-database.js';

export interface MigrateReport {
  readonly results: readonly MigrationResult[];
  readonly error?: unknown;
}

/**
 * The migrator for a store. On PostgreSQL it is told the schema its bookkeeping tables live
 * in: without it, Kysely looks for `kysely_migration` in every schema of the database, finds
 * another schema's, and then fails to read the one in ours (which does not exist yet).
 */
export async function createMigrator(store: Store): Promise<Migrator> {
  let schema: string | undefined;
  if (store.target.dialect === 'postgres') {
    schema = store.target.schema ?? (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(store.db)).rows[0]?.schema ?? undefined;
  }
  return new Migrator({ db: store.db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
}

/** Brings the database to the latest schema. Never throws; the report says what happened. */
export async function migrateToLatest(store: Store): Promise<MigrateReport> {
  let migrator: Migrator;
  try {
    await ensureSchema(store);
    migrator = await createMigrator(store);
  } catch (error) {
    return { results: [], error };
  }
  const { error, results } = await migrator.migrateToLatest();
  return { results: results ?? [], ...(error ? { error } : {}) };
}
