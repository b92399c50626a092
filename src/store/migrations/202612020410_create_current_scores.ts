import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration names its own columns and never imports app types.

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/**
 * The portfolio's read model: each account's latest live score per scorecard, one row,
 * replaced by every live run (not by backdated runs or replays). The portfolio list filters
 * and sorts 100,000 accounts on these columns by index; finding the latest snapshot per
 * account in score_snapshots for every page would not keep up.
 * (The account columns it filters on, owner, segment and renewal date, are indexed since
 * the fact tables were created.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const real = sql.raw(isPostgres(db) ? 'double precision' : 'real');
  await db.schema
    .createTable('current_scores')
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id'))
    .addColumn('scorecard', 'text', (c) => c.notNull())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('snapshot_id', 'bigint', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('score', real)
    .addColumn('band', 'text')
    .addColumn('confidence', real, (c) => c.notNull())
    // The live score 30 days before as_of (the latest snapshot at or before then), for "change vs 30 days".
    .addColumn('score_30d_ago', real)
    // The metric that moved the score most, as "component.metric", for the portfolio's top-driver column.
    .addColumn('top_driver', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('current_scores_pk', ['account_id', 'scorecard'])
    .execute();
  await db.schema.createIndex('current_scores_by_score').on('current_scores').columns(['model_version', 'scorecard', 'score', 'account_id']).execute();
  await db.schema.createIndex('current_scores_by_band').on('current_scores').columns(['model_version', 'scorecard', 'band', 'score', 'account_id']).execute();

}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('current_scores').ifExists().execute();
}
