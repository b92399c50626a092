import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration names its own tables and never imports app types.

/**
 * At most one active model, enforced by the database: two activations at the same moment
 * on PostgreSQL (READ COMMITTED) could otherwise each clear the other's flag and leave two
 * active. The later one now fails and can be retried.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unique index score_models_one_active on score_models (active) where active = 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists score_models_one_active`.execute(db);
}
