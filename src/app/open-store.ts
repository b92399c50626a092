import { migrateToLatest, openDatabase, type Store } from '../store/index.js';

/** Opens the configured database and brings its schema up to date (migrations run at every start). */
export async function openMigratedStore(databaseUrl: string | undefined): Promise<Store> {
  const store = openDatabase(databaseUrl);
  const report = await migrateToLatest(store);
  if (report.error) {
    await store.close();
    throw new Error(`database migration failed: ${(report.error as Error).message ?? String(report.error)}`, { cause: report.error });
  }
  return store;
}
