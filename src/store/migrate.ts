import { Migrator, type MigrationResult } from 'kysely';
import { migrationProvider } from './migrations/index.js';
import { ensureSchema, type Store } from './open-database.js';

export interface MigrateReport {
  readonly results: readonly MigrationResult[];
  readonly error?: unknown;
}

/** Brings the database to the latest schema. Never throws; the report says what happened. */
export async function migrateToLatest(store: Store): Promise<MigrateReport> {
  try {
    await ensureSchema(store);
  } catch (error) {
    return { results: [], error };
  }
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  return { results: results ?? [], ...(error ? { error } : {}) };
}
