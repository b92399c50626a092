import { NO_MIGRATIONS, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDatabase, tableNames, uniqueSchemaName, type TestStore } from '../../test/test-setup.js';
import { ENTITY_KINDS } from '../domain/index.js';
import { createMigrator, migrateToLatest } from './migrate.js';
import { migrationProvider } from './migrations/index.js';

const MIGRATOR_TABLES = ['kysely_migration', 'kysely_migration_lock'];
const SCORE_TABLES = ['score_models', 'score_runs', 'score_snapshots', 'score_populations', 'current_scores', 'overrides', 'pulses', 'audit_entries'];
const ACCESS_TABLES = ['users', 'sessions', 'api_keys', 'account_shares', 'settings', 'saved_views'];
const REVIEW_TABLES = ['unmatched_activities', 'unmatched_activity_addresses', 'address_assignments'];
const APP_TABLES = ['imports', 'quarantine', ...SCORE_TABLES, ...ACCESS_TABLES, ...REVIEW_TABLES, ...ENTITY_KINDS.flatMap((k) => [k, `${k}_history`])].sort();
// Every registered migration, in the order they run (names sort by time).
const MIGRATIONS = Object.keys(await migrationProvider.getMigrations()).sort();

for (const dialect of DIALECTS) {
  describe(`migrateToLatest (${dialect})`, () => {
    let test: TestStore | undefined;
    afterEach(async () => {
      await test?.cleanup();
      test = undefined;
    });

    it('creates every table on an empty database', async () => {
      test = openTestDatabase(dialect);
      expect(await tableNames(test.store)).toEqual([]);

      const report = await migrateToLatest(test.store);

      expect(report.error).toBeUndefined();
      expect(MIGRATIONS.slice(0, 3)).toEqual(['202611231500_create_fact_tables', '202612020200_drop_fact_source_checksum', '202612020300_create_score_tables']);
      expect(report.results.map((r) => [r.migrationName, r.status])).toEqual(MIGRATIONS.map((m) => [m, 'Success']));
      expect(await tableNames(test.store)).toEqual([...APP_TABLES, ...MIGRATOR_TABLES].sort());
    });

    it('does nothing when run again', async () => {
      test = openTestDatabase(dialect);
      await migrateToLatest(test.store);
      const before = await tableNames(test.store);

      const again = await migrateToLatest(test.store);

      expect(again).toEqual({ results: [] });
      expect(await tableNames(test.store)).toEqual(before);
    });

    it('keeps the facts stored before the per-row checksum was dropped, and restores it when migrated down', async () => {
      test = openTestDatabase(dialect);
      const migrator = await createMigrator(test.store);
      expect((await migrator.migrateTo('202611231500_create_fact_tables')).error).toBeUndefined();
      const db = test.store.db as unknown as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const stamp = '2026-11-23T00:00:00.000Z';
      await db.insertInto('imports').values({ id: 1, source_file: 'a.csv', checksum: 'c0ffee', status: 'completed', started_at: stamp, known_at: stamp }).execute();
      const fact = { record_key: 'A-1', known_at: stamp, content_hash: 'h', source_line: 2, import_id: 1, created_at: stamp, updated_at: stamp, external_id: 'A-1', name: 'Acme' };
      await db.insertInto('accounts').values({ ...fact, source_checksum: 'c0ffee' }).execute();

      expect((await migrateToLatest(test.store)).error).toBeUndefined();
      const [kept] = await db.selectFrom('accounts').selectAll().execute();
      expect(kept).toMatchObject(fact);
      expect(kept).not.toHaveProperty('source_checksum');

      expect((await migrator.migrateTo('202611231500_create_fact_tables')).error).toBeUndefined();
      expect(await db.selectFrom('accounts').select(['record_key', 'source_checksum']).execute()).toEqual([{ record_key: 'A-1', source_checksum: 'c0ffee' }]);
    });

    it('drops every table it created when migrated down, and can go up again', async () => {
      test = openTestDatabase(dialect);
      await migrateToLatest(test.store);
      const migrator = await createMigrator(test.store);

      const down = await migrator.migrateTo(NO_MIGRATIONS);

      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([...MIGRATIONS].reverse().map((m) => [m, 'Down', 'Success']));
      expect(await tableNames(test.store)).toEqual(MIGRATOR_TABLES);

      const up = await migrateToLatest(test.store);
      expect(up.error).toBeUndefined();
      expect(await tableNames(test.store)).toEqual([...APP_TABLES, ...MIGRATOR_TABLES].sort());
    });
  });
}

describe.runIf(DIALECTS.includes('postgres'))('migrateToLatest on PostgreSQL schemas', () => {
  const opened: TestStore[] = [];
  afterEach(async () => {
    for (const t of opened.splice(0)) await t.cleanup();
  });

  it('migrates a fresh schema while another schema of the database is already migrated', async () => {
    const first = openTestDatabase('postgres');
    const second = openTestDatabase('postgres');
    opened.push(first, second);
    expect((await migrateToLatest(first.store)).error).toBeUndefined();

    // Kysely's migrator, unless told the schema, takes the first schema's kysely_migration for ours.
    const report = await migrateToLatest(second.store);

    expect(report.error).toBeUndefined();
    expect(await tableNames(second.store)).toEqual([...APP_TABLES, ...MIGRATOR_TABLES].sort());
  });

  it('creates and uses a schema whose name has capitals', async () => {
    const test = openTestDatabase('postgres', { schema: `Bw_${uniqueSchemaName()}` });
    opened.push(test);

    const report = await migrateToLatest(test.store);

    expect(report.error).toBeUndefined();
    expect(await tableNames(test.store)).toEqual([...APP_TABLES, ...MIGRATOR_TABLES].sort());
  });
});
