import { topDriver } from '../scoring/index.js';
import { CurrentScoreRepository, type Store } from '../store/index.js';
import { expandSnapshot } from './stored-snapshot.js';

const BATCH = 500;

/**
 * Fills the portfolio's read model (current_scores) from the snapshots already stored under
 * `modelVersion`: each account's latest moment scored, with its score 30 days before and its
 * top driver. For a database scored before the read model existed; `scoreAccounts` calls it
 * when the table is empty. One transaction, so an interrupted rebuild leaves the table
 * empty and the next run starts it again.
 * @example await rebuildCurrentScores(store, model.version, { now: '2026-11-16T09:00:00.000Z' }) // { accounts: 10000 }
 */
export async function rebuildCurrentScores(store: Store, modelVersion: string, options: { now: string }): Promise<{ accounts: number }> {
  return store.db.transaction().execute(async (trx) => {
    const moments = await CurrentScoreRepository.latestMoments(trx, modelVersion);
    let accounts = 0;
    for (const [asOf, ids] of moments) {
      for (let i = 0; i < ids.length; i += BATCH) await CurrentScoreRepository.refresh(trx, { modelVersion, asOf, accountIds: ids.slice(i, i + BATCH), updatedAt: options.now });
      accounts += ids.length;
    }
    // Snapshots stored before top_driver was a column carry their drivers only in their JSON.
    for (let after = 0; ; ) {
      const rows = await CurrentScoreRepository.withoutDriver(trx, modelVersion, after, BATCH);
      const last = rows[rows.length - 1];
      if (!last) break;
      await CurrentScoreRepository.setDrivers(trx, rows.map((r) => ({ ...r, topDriver: topDriver(expandSnapshot(r.body).drivers) })));
      after = last.snapshotId;
    }
    return { accounts };
  });
}
