import type { Migration, MigrationProvider } from 'kysely';
import * as createFactTables from './202611231500_create_fact_tables.js';

/** Migrations registered in code, so the built package never scans folders. Never edit one that has shipped; add one. */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '202611231500_create_fact_tables': createFactTables,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};
