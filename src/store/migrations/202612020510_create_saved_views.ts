import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration names its own columns and never imports app types.

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/**
 * A user's saved portfolio views: a name and the portfolio query (filters, sort,
 * scorecard) as JSON, validated by the API when saved. Names are unique per user, so
 * saving under an existing name replaces that view.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const idType = sql.raw(isPostgres(db) ? 'bigserial' : 'integer');
  await db.schema
    .createTable('saved_views')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('saved_views_user_name', ['user_id', 'name'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('saved_views').ifExists().execute();
}
