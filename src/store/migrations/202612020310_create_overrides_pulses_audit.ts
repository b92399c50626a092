import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration names its own columns and never imports app types.

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/**
 * What people say about accounts, kept apart from imported facts: overrides of a score,
 * reps' pulse ratings, and the audit trail of every change to them (and to the active
 * model). Nothing here is ever deleted: ending an override or pulse early sets
 * `revoked_at`, so a backtest as of an earlier moment still sees it as it was then.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  // SQLite "integer primary key" is the rowid; PostgreSQL bigserial numbers rows itself.
  const idType = sql.raw(pg ? 'bigserial' : 'integer');
  const real = sql.raw(pg ? 'double precision' : 'real');

  await db.schema
    .createTable('overrides')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id'))
    .addColumn('account_external_id', 'text', (c) => c.notNull())
    // null: the override applies to every scorecard.
    .addColumn('scorecard', 'text')
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('absolute', 'delta')`))
    .addColumn('value', real, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('revoke_reason', 'text')
    .execute();
  await db.schema.createIndex('overrides_account_created').on('overrides').columns(['account_id', 'created_at']).execute();

  await db.schema
    .createTable('pulses')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id'))
    .addColumn('account_external_id', 'text', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.notNull().check(sql`rating in ('red', 'yellow', 'green')`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('revoke_reason', 'text')
    .execute();
  await db.schema.createIndex('pulses_account_created').on('pulses').columns(['account_id', 'created_at']).execute();

  await db.schema
    .createTable('audit_entries')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    // null for changes that concern no one account (the active model).
    .addColumn('account_external_id', 'text')
    // JSON text; null when there was nothing before (a creation) or after.
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('audit_entries_at').on('audit_entries').columns(['at', 'id']).execute();
  await db.schema.createIndex('audit_entries_account_at').on('audit_entries').columns(['account_external_id', 'at']).execute();
  await db.schema.createIndex('audit_entries_entity_at').on('audit_entries').columns(['entity', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_entries').ifExists().execute();
  await db.schema.dropTable('pulses').ifExists().execute();
  await db.schema.dropTable('overrides').ifExists().execute();
}
