import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration names its own columns and never imports app types.

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/**
 * What the portfolio list sorts on besides the score and band, each by an index so a page
 * of 50 reads about 50 index entries rather than sorting 100,000 accounts:
 * - `score_snapshots.top_driver`: the snapshot's strongest driver as "component.metric",
 *   set by the scoring thread, so the writer copies it into current_scores without parsing
 *   the snapshot's JSON (older snapshots keep null).
 * - `current_scores.change_30d`: score minus score_30d_ago, stored because an expression
 *   cannot be walked in index order.
 * - current_scores by confidence and by change; accounts by name and by ARR (renewal date,
 *   owner and segment are indexed since the fact tables were created).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const real = sql.raw(isPostgres(db) ? 'double precision' : 'real');
  await db.schema.alterTable('score_snapshots').addColumn('top_driver', 'text').execute();
  await db.schema.alterTable('current_scores').addColumn('change_30d', real).execute();
  await db.schema.createIndex('current_scores_by_change').on('current_scores').columns(['model_version', 'scorecard', 'change_30d', 'account_id']).execute();
  await db.schema.createIndex('current_scores_by_confidence').on('current_scores').columns(['model_version', 'scorecard', 'confidence', 'account_id']).execute();
  await db.schema.createIndex('accounts_name_id').on('accounts').columns(['name', 'id']).execute();
  await db.schema.createIndex('accounts_arr_id').on('accounts').columns(['arr', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('accounts_arr_id').ifExists().execute();
  await db.schema.dropIndex('accounts_name_id').ifExists().execute();
  await db.schema.dropIndex('current_scores_by_confidence').ifExists().execute();
  await db.schema.dropIndex('current_scores_by_change').ifExists().execute();
  await db.schema.alterTable('current_scores').dropColumn('change_30d').execute();
  await db.schema.alterTable('score_snapshots').dropColumn('top_driver').execute();
}
