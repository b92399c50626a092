export { parseDatabaseUrl, DEFAULT_DATABASE_PATH, type DatabaseTarget } from './database-url.js';
export { openDatabase, type Store } from './open-database.js';
export { migrateToLatest, type MigrateReport } from './migrate.js';
export { FACT_TABLES, fromRow, type FactTable } from './fact-tables.js';
export { upsertFactVersions, type FactVersion, type UpsertContext, type UpsertOutcome } from './fact-repository.js';
export { ImportRepository, type ImportCounts, type ImportRow, type QuarantineEntry } from './import-repository.js';
export { AccountRepository, type AccountListItem, type AccountRefRow } from './account-repository.js';
export type { Database } from './schema.js';
