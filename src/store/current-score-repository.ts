import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const DAY_MS = 86_400_000;
/** Accounts per statement: a scoring batch (500) in one, and far below either database's parameter limit. */
const ACCOUNTS_PER_STATEMENT = 1000;

/** A current row whose snapshot predates the stored top driver (see {@link CurrentScoreRepository.withoutDriver}). */
export interface DriverlessRow {
  readonly accountId: number;
  readonly scorecard: string;
  readonly snapshotId: number;
  readonly body: string;
}

/**
 * The portfolio's read model (`current_scores`): per account and scorecard, the latest live
 * snapshot's figures, so a portfolio page reads one indexed row per account instead of
 * finding each account's newest snapshot.
 */
export const CurrentScoreRepository = {
  /**
   * Copies the snapshots of `accountIds` under `modelVersion` as of `asOf` (just saved, in
   * the same transaction) into current_scores, with the score of each account's latest
   * snapshot at least 30 days older and at least 7 days older (one indexed look-up a row, in one statement a batch).
   * A row already holding a later moment is left alone, so a slower run finishing last
   * cannot put an older score back.
   */
  async refresh(db: Db, at: { modelVersion: string; asOf: string; accountIds: readonly number[]; updatedAt: string }): Promise<void> {
    const ago = (days: number) => new Date(Date.parse(at.asOf) - days * DAY_MS).toISOString();
    const cutoff30 = ago(30);
    const cutoff7 = ago(7);
    for (let i = 0; i < at.accountIds.length; i += ACCOUNTS_PER_STATEMENT) {
      const ids = at.accountIds.slice(i, i + ACCOUNTS_PER_STATEMENT);
      await db
        .insertInto('current_scores')
        .columns(['account_id', 'scorecard', 'model_version', 'snapshot_id', 'as_of', 'score', 'band', 'confidence', 'score_30d_ago', 'change_30d', 'score_7d_ago', 'change_7d', 'top_driver', 'updated_at'])
        .expression((eb) =>
          eb
            .selectFrom('score_snapshots as s')
            .select((e) => {
              const earlier = (cutoff: string) =>
                e
                  .selectFrom('score_snapshots as p')
                  .select('p.score')
                  .whereRef('p.account_id', '=', 's.account_id')
                  .whereRef('p.model_version', '=', 's.model_version')
                  .whereRef('p.scorecard', '=', 's.scorecard')
                  .where('p.as_of', '<=', cutoff)
                  .orderBy('p.as_of', 'desc')
                  .limit(1);
              return [
                's.account_id',
                's.scorecard',
                's.model_version',
                's.id',
                's.as_of',
                's.score',
                's.band',
                's.confidence',
                earlier(cutoff30).as('score_30d_ago'),
                e('s.score', '-', earlier(cutoff30)).as('change_30d'),
                earlier(cutoff7).as('score_7d_ago'),
                e('s.score', '-', earlier(cutoff7)).as('change_7d'),
                's.top_driver',
                e.val(at.updatedAt).as('updated_at'),
              ];
            })
            // (SQLite parses INSERT … SELECT … ON CONFLICT only when the SELECT has a WHERE.)
            .where('s.account_id', 'in', ids)
            .where('s.model_version', '=', at.modelVersion)
            .where('s.as_of', '=', at.asOf),
        )
        .onConflict((oc) =>
          oc
            .columns(['account_id', 'scorecard'])
            .doUpdateSet((eb) => ({
              model_version: eb.ref('excluded.model_version'),
              snapshot_id: eb.ref('excluded.snapshot_id'),
              as_of: eb.ref('excluded.as_of'),
              score: eb.ref('excluded.score'),
              band: eb.ref('excluded.band'),
              confidence: eb.ref('excluded.confidence'),
              score_30d_ago: eb.ref('excluded.score_30d_ago'),
              change_30d: eb.ref('excluded.change_30d'),
              score_7d_ago: eb.ref('excluded.score_7d_ago'),
              change_7d: eb.ref('excluded.change_7d'),
              top_driver: eb.ref('excluded.top_driver'),
              updated_at: eb.ref('excluded.updated_at'),
            }))
            .where((eb) => eb('current_scores.as_of', '<=', eb.ref('excluded.as_of'))),
        )
        .execute();
    }
  },

  async isEmpty(db: Db): Promise<boolean> {
    const row = await db.selectFrom('current_scores').select('account_id').limit(1).executeTakeFirst();
    return row === undefined;
  },

  /** Removes the rows of every other model version (after a full run of `modelVersion` replaced them); returns how many. */
  async keepOnly(db: Db, modelVersion: string): Promise<number> {
    const result = await db.deleteFrom('current_scores').where('model_version', '<>', modelVersion).executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  /** Each account's latest moment scored under `modelVersion`, grouped by moment: what a rebuild copies. */
  async latestMoments(db: Db, modelVersion: string): Promise<Map<string, number[]>> {
    const rows = await db
      .selectFrom('score_snapshots')
      .select(['account_id', (e) => e.fn.max('as_of').as('as_of')])
      .where('model_version', '=', modelVersion)
      .groupBy('account_id')
      .execute();
    const byMoment = new Map<string, number[]>();
    for (const r of rows) {
      const asOf = r.as_of as string;
      (byMoment.get(asOf) ?? byMoment.set(asOf, []).get(asOf)!).push(Number(r.account_id));
    }
    return byMoment;
  },

  /**
   * Rows of `modelVersion` with a score but no top driver, after snapshot id `afterSnapshotId`,
   * with their snapshot's JSON: snapshots stored before top_driver was a column.
   */
  async withoutDriver(db: Db, modelVersion: string, afterSnapshotId: number, limit: number): Promise<DriverlessRow[]> {
    const rows = await db
      .selectFrom('current_scores as c')
      .innerJoin('score_snapshots as s', 's.id', 'c.snapshot_id')
      .select(['c.account_id', 'c.scorecard', 'c.snapshot_id', 's.body'])
      .where('c.model_version', '=', modelVersion)
      .where('c.top_driver', 'is', null)
      .where('c.score', 'is not', null)
      .where('c.snapshot_id', '>', afterSnapshotId)
      .orderBy('c.snapshot_id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ accountId: Number(r.account_id), scorecard: r.scorecard, snapshotId: Number(r.snapshot_id), body: r.body }));
  },

  /** Sets the top driver of current rows (and of the snapshots they copy, so a later refresh keeps it). */
  async setDrivers(db: Db, rows: ReadonlyArray<{ accountId: number; scorecard: string; snapshotId: number; topDriver: string | null }>): Promise<void> {
    for (const r of rows) {
      if (r.topDriver === null) continue;
      await db.updateTable('current_scores').set({ top_driver: r.topDriver }).where('account_id', '=', r.accountId).where('scorecard', '=', r.scorecard).where('snapshot_id', '=', r.snapshotId).execute();
      await db.updateTable('score_snapshots').set({ top_driver: r.topDriver }).where('id', '=', r.snapshotId).execute();
    }
  },
};
