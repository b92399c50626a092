import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration names its own columns and never imports app types.

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/**
 * "Changed this week" in the portfolio: each current row's score 7 days before as_of (the
 * latest snapshot at or before then) and score minus it, stored like the 30-day change so
 * a filter reads one column. Rows written before this migration are filled in from the
 * snapshots (one indexed look-up per row), so an upgraded database filters at once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const real = sql.raw(pg ? 'double precision' : 'real');
  await db.schema.alterTable('current_scores').addColumn('score_7d_ago', real).execute();
  await db.schema.alterTable('current_scores').addColumn('change_7d', real).execute();
  // as_of is an ISO 8601 UTC text; 7 days earlier, in the same format, per dialect.
  const cutoff = pg
    ? sql`to_char((current_scores.as_of::timestamptz - interval '7 days') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : sql`strftime('%Y-%m-%dT%H:%M:%fZ', current_scores.as_of, '-7 days')`;
  const earlier = sql`(select p.score from score_snapshots p where p.account_id = current_scores.account_id and p.model_version = current_scores.model_version and p.scorecard = current_scores.scorecard and p.as_of <= ${cutoff} order by p.as_of desc limit 1)`;
  await sql`update current_scores set score_7d_ago = ${earlier}`.execute(db);
  await sql`update current_scores set change_7d = score - score_7d_ago where score_7d_ago is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('current_scores').dropColumn('change_7d').execute();
  await db.schema.alterTable('current_scores').dropColumn('score_7d_ago').execute();
}
