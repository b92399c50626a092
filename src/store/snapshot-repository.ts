import type { Kysely, Transaction } from 'kysely';
import type { Database, ScoreRunsTable, ScoreSnapshotsTable } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A snapshot as stored: the figures to filter and sort by, and the whole snapshot as JSON in `body`. */
export type SnapshotRow = Omit<ScoreSnapshotsTable, 'id' | 'run_id' | 'created_at'>;
export type StoredSnapshotRow = SnapshotRow & { readonly id: number; readonly runId: number };
export type ScoreRun = Omit<ScoreRunsTable, 'id' | 'accounts_total' | 'accounts_scored' | 'accounts_kept'> & { readonly id: number; readonly accounts_total: number; readonly accounts_scored: number; readonly accounts_kept: number };

/** The newest snapshot of an account under one model, as incremental rescoring needs it. */
export interface LatestSnapshot {
  readonly accountId: number;
  readonly asOf: string;
  readonly validUntil: string | null;
  readonly runId: number;
}

// SQLite takes at most 32,766 parameters a statement; 16 columns × 500 rows stays well below.
const ROWS_PER_INSERT = 500;

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Score runs and the snapshots they write. */
export const SnapshotRepository = {
  async startRun(db: Db, run: { modelVersion: string; asOf: string; mode: ScoreRunsTable['mode']; startedAt: string; importWatermark: number; humanWatermark: number }): Promise<number> {
    const row = await db
      .insertInto('score_runs')
      .values({ model_version: run.modelVersion, as_of: run.asOf, mode: run.mode, started_at: run.startedAt, finished_at: null, status: 'running', import_watermark: run.importWatermark, human_watermark: run.humanWatermark })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  },

  async finishRun(db: Db, id: number, end: { status: 'completed' | 'failed'; finishedAt: string; total: number; scored: number; kept: number }): Promise<void> {
    await db.updateTable('score_runs').set({ status: end.status, finished_at: end.finishedAt, accounts_total: end.total, accounts_scored: end.scored, accounts_kept: end.kept }).where('id', '=', id).execute();
  },

  async run(db: Db, id: number): Promise<ScoreRun | undefined> {
    const row = await db.selectFrom('score_runs').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { ...row, id: Number(row.id), import_watermark: Number(row.import_watermark), human_watermark: Number(row.human_watermark), accounts_total: Number(row.accounts_total), accounts_scored: Number(row.accounts_scored), accounts_kept: Number(row.accounts_kept) };
  },

  /** The latest moment any run that did not fail scored (under any model), or undefined before the first run. */
  async latestRunAsOf(db: Db): Promise<string | undefined> {
    const row = await db.selectFrom('score_runs').select((e) => e.fn.max('as_of').as('as_of')).where('status', '<>', 'failed').executeTakeFirst();
    return (row?.as_of as string | null | undefined) ?? undefined;
  },

  async runs(db: Db, limit = 20): Promise<ScoreRun[]> {
    const rows = await db.selectFrom('score_runs').selectAll().orderBy('id', 'desc').limit(limit).execute();
    return rows.map((row) => ({ ...row, id: Number(row.id), import_watermark: Number(row.import_watermark), human_watermark: Number(row.human_watermark), accounts_total: Number(row.accounts_total), accounts_scored: Number(row.accounts_scored), accounts_kept: Number(row.accounts_kept) }));
  },

  /**
   * Writes snapshots; one that exists for the same account, model, scorecard and as-of is
   * replaced (a re-run of the same moment after new data). Call inside a transaction.
   */
  async save(db: Db, runId: number, createdAt: string, rows: readonly SnapshotRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const chunk = rows.slice(i, i + ROWS_PER_INSERT).map((r) => ({ ...r, run_id: runId, created_at: createdAt }));
      await db
        .insertInto('score_snapshots')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['account_id', 'model_version', 'scorecard', 'as_of']).doUpdateSet((eb) => ({
            run_id: eb.ref('excluded.run_id'),
            raw_score: eb.ref('excluded.raw_score'),
            score: eb.ref('excluded.score'),
            band: eb.ref('excluded.band'),
            confidence: eb.ref('excluded.confidence'),
            segment: eb.ref('excluded.segment'),
            valid_until: eb.ref('excluded.valid_until'),
            body: eb.ref('excluded.body'),
            top_driver: eb.ref('excluded.top_driver'),
            created_at: eb.ref('excluded.created_at'),
          })),
        )
        .execute();
    }
  },

  /** Each account's newest snapshot under `modelVersion` at or before `asOf` (one scorecard stands for all: a run writes them together). */
  async latestPerAccount(db: Db, modelVersion: string, scorecard: string, asOf: string): Promise<Map<number, LatestSnapshot>> {
    const rows = await db
      .selectFrom('score_snapshots as s')
      .innerJoin(
        (eb) =>
          eb
            .selectFrom('score_snapshots')
            .select(['account_id', (e) => e.fn.max('as_of').as('as_of')])
            .where('model_version', '=', modelVersion)
            .where('scorecard', '=', scorecard)
            .where('as_of', '<=', asOf)
            .groupBy('account_id')
            .as('m'),
        (join) => join.onRef('m.account_id', '=', 's.account_id').onRef('m.as_of', '=', 's.as_of'),
      )
      .select(['s.account_id', 's.as_of', 's.valid_until', 's.run_id'])
      .where('s.model_version', '=', modelVersion)
      .where('s.scorecard', '=', scorecard)
      .execute();
    return new Map(rows.map((r) => [Number(r.account_id), { accountId: Number(r.account_id), asOf: r.as_of, validUntil: r.valid_until, runId: Number(r.run_id) }]));
  },

  /** An account's newest snapshot per scorecard at or before `asOf` under `modelVersion`. */
  async current(db: Db, accountExternalId: string, modelVersion: string, asOf: string): Promise<StoredSnapshotRow[]> {
    const newest = await db
      .selectFrom('score_snapshots')
      .select((e) => e.fn.max('as_of').as('as_of'))
      .where('account_external_id', '=', accountExternalId)
      .where('model_version', '=', modelVersion)
      .where('as_of', '<=', asOf)
      .executeTakeFirst();
    if (!newest?.as_of) return [];
    const rows = await db
      .selectFrom('score_snapshots')
      .selectAll()
      .where('account_external_id', '=', accountExternalId)
      .where('model_version', '=', modelVersion)
      .where('as_of', '=', newest.as_of as string)
      .orderBy('id')
      .execute();
    return rows.map(toStored);
  },

  /** An account's snapshots of one scorecard and model in as-of order, optionally within [from, to]. */
  async history(db: Db, accountExternalId: string, modelVersion: string, scorecard: string, range: { from?: string; to?: string } = {}): Promise<StoredSnapshotRow[]> {
    let q = db.selectFrom('score_snapshots').selectAll().where('account_external_id', '=', accountExternalId).where('model_version', '=', modelVersion).where('scorecard', '=', scorecard);
    if (range.from) q = q.where('as_of', '>=', range.from);
    if (range.to) q = q.where('as_of', '<=', range.to);
    const rows = await q.orderBy('as_of').execute();
    return rows.map(toStored);
  },

  async savePopulation(db: Db, modelVersion: string, asOf: string, population: unknown): Promise<void> {
    await db
      .insertInto('score_populations')
      .values({ model_version: modelVersion, as_of: asOf, population: JSON.stringify(population) })
      .onConflict((oc) => oc.columns(['model_version', 'as_of']).doUpdateSet((eb) => ({ population: eb.ref('excluded.population') })))
      .execute();
  },

  /** The population of the newest full run of `modelVersion` at or before `asOf`. */
  async population(db: Db, modelVersion: string, asOf: string): Promise<{ asOf: string; population: unknown } | undefined> {
    const row = await db.selectFrom('score_populations').selectAll().where('model_version', '=', modelVersion).where('as_of', '<=', asOf).orderBy('as_of', 'desc').limit(1).executeTakeFirst();
    return row && { asOf: row.as_of, population: JSON.parse(row.population) as unknown };
  },

  async count(db: Db, filter: { runId?: number; modelVersion?: string } = {}): Promise<number> {
    let q = db.selectFrom('score_snapshots').select((e) => e.fn.countAll<number>().as('n'));
    if (filter.runId !== undefined) q = q.where('run_id', '=', filter.runId);
    if (filter.modelVersion !== undefined) q = q.where('model_version', '=', filter.modelVersion);
    return Number((await q.executeTakeFirstOrThrow()).n);
  },
};

function toStored(r: Omit<ScoreSnapshotsTable, 'id'> & { id: number }): StoredSnapshotRow {
  return {
    id: Number(r.id),
    runId: Number(r.run_id),
    account_id: Number(r.account_id),
    account_external_id: r.account_external_id,
    scorecard: r.scorecard,
    model_version: r.model_version,
    as_of: r.as_of,
    raw_score: num(r.raw_score),
    score: num(r.score),
    band: r.band,
    confidence: Number(r.confidence),
    segment: r.segment,
    valid_until: r.valid_until,
    body: r.body,
    top_driver: r.top_driver,
  };
}
