import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration names its own columns and never imports app types.

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/**
 * The review list of mail and meetings no account could be found for, and the addresses a
 * person assigned to an account from it.
 *
 * `unmatched_activities` keeps the whole validated record (JSON, the body left out when
 * bodies are not stored), so an assignment imports it without the source file; one row per
 * activity key, so re-importing the same mailbox adds nothing. Its customer-side addresses
 * (lower-cased) are rows of `unmatched_activity_addresses`, so the list groups by address
 * and an assignment finds its activities by index on both databases.
 *
 * `imports.unmatched` counts what a run put on the list.
 *
 * `address_assignments` maps an email address or a whole domain to an account: later imports
 * match by it, before account domains.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const idType = sql.raw(isPostgres(db) ? 'bigserial' : 'integer');
  await db.schema
    .createTable('unmatched_activities')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('record_key', 'text', (c) => c.notNull().unique())
    .addColumn('import_id', 'bigint', (c) => c.notNull())
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('unmatched_activities_occurred').on('unmatched_activities').columns(['occurred_at']).execute();
  await db.schema
    .createTable('unmatched_activity_addresses')
    .addColumn('unmatched_id', 'bigint', (c) => c.notNull().references('unmatched_activities.id').onDelete('cascade'))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unmatched_activity_addresses_pk', ['unmatched_id', 'address'])
    .execute();
  await db.schema.createIndex('unmatched_activity_addresses_address').on('unmatched_activity_addresses').columns(['address']).execute();
  await db.schema.createIndex('unmatched_activity_addresses_domain').on('unmatched_activity_addresses').columns(['domain']).execute();

  await db.schema.alterTable('imports').addColumn('unmatched', 'bigint', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('address_assignments')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('address', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'bigint', (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.notNull())
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('address_assignments').ifExists().execute();
  await db.schema.alterTable('imports').dropColumn('unmatched').execute();
  await db.schema.dropTable('unmatched_activity_addresses').ifExists().execute();
  await db.schema.dropTable('unmatched_activities').ifExists().execute();
}
