import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration names its own columns and never imports app types.

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/**
 * Scoring's tables: the models (every version ever used, with its YAML, so any snapshot
 * can be explained again under the model that made it), the runs of `bellwether score`,
 * the snapshots they wrote, and the percentile populations a run ranked accounts in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const idType = sql.raw(pg ? 'bigserial' : 'integer');
  const real = sql.raw(pg ? 'double precision' : 'real');

  await db.schema
    .createTable('score_models')
    .addColumn('version', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('activated_at', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('score_runs')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    /** The newest import whose facts the run saw, and the newest audit entry (human input). */
    .addColumn('import_watermark', 'bigint', (c) => c.notNull())
    .addColumn('human_watermark', 'bigint', (c) => c.notNull())
    .addColumn('accounts_total', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('accounts_scored', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('accounts_kept', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('score_runs_model').on('score_runs').columns(['model_version', 'as_of']).execute();

  await db.schema
    .createTable('score_snapshots')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('run_id', 'bigint', (c) => c.notNull())
    .addColumn('account_id', 'bigint', (c) => c.notNull())
    .addColumn('account_external_id', 'text', (c) => c.notNull())
    .addColumn('scorecard', 'text', (c) => c.notNull())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('raw_score', real)
    .addColumn('score', real)
    .addColumn('band', 'text')
    .addColumn('confidence', real, (c) => c.notNull())
    .addColumn('segment', 'text')
    /** Until when the snapshot holds with no new data (null: indefinitely). */
    .addColumn('valid_until', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('score_snapshots_key').unique().on('score_snapshots').columns(['account_id', 'model_version', 'scorecard', 'as_of']).execute();
  await db.schema.createIndex('score_snapshots_run').on('score_snapshots').column('run_id').execute();
  await db.schema.createIndex('score_snapshots_model_as_of').on('score_snapshots').columns(['model_version', 'scorecard', 'as_of']).execute();

  await db.schema
    .createTable('score_populations')
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('population', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('score_populations_pk', ['model_version', 'as_of'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['score_populations', 'score_snapshots', 'score_runs', 'score_models']) await db.schema.dropTable(table).ifExists().execute();
}
