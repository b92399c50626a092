import type { ScoreSnapshot } from '../domain/index.js';
import { scoreAccount, topDriver, type AccountScore, type AccountSignals, type CompiledModel, type Population } from '../scoring/index.js';
import type { SnapshotRow } from '../store/index.js';
import { compactSnapshot } from './stored-snapshot.js';

/** Band counts per scorecard: `{ health: { Healthy: 12, … } }`. */
export type BandCounts = Record<string, Record<string, number>>;

export function addBand(bands: BandCounts, snapshot: ScoreSnapshot): void {
  const card = (bands[snapshot.scorecard] ??= {});
  const band = snapshot.band ?? 'no score';
  card[band] = (card[band] ?? 0) + 1;
}

export function mergeBands(into: BandCounts, from: Readonly<Record<string, Readonly<Record<string, number>>>>): void {
  for (const [card, counts] of Object.entries(from)) for (const [band, n] of Object.entries(counts)) (into[card] ??= {})[band] = (into[card]?.[band] ?? 0) + n;
}

/** The stored row of one scorecard's snapshot. */
export function snapshotRow(result: AccountScore, snapshot: ScoreSnapshot): SnapshotRow {
  return {
    account_id: result.accountId,
    account_external_id: result.accountExternalId,
    scorecard: snapshot.scorecard,
    model_version: snapshot.modelVersion,
    as_of: snapshot.asOf,
    raw_score: snapshot.rawScore,
    score: snapshot.score,
    band: snapshot.band,
    confidence: snapshot.confidence.value,
    segment: snapshot.segment,
    valid_until: result.validUntil,
    body: compactSnapshot(snapshot),
    top_driver: topDriver(snapshot.drivers),
  };
}

/** Scores accounts with no parent and no children (those need their family scored in order): rows to store and band counts. */
export function scoreSingles(signals: Iterable<AccountSignals>, model: CompiledModel, asOf: string, population: Population | undefined): { rows: SnapshotRow[]; bands: BandCounts; accounts: number } {
  const rows: SnapshotRow[] = [];
  const bands: BandCounts = {};
  let accounts = 0;
  for (const s of signals) {
    const result = scoreAccount(s, model, asOf, population ? { population } : {});
    for (const snapshot of result.scorecards) {
      rows.push(snapshotRow(result, snapshot));
      addBand(bands, snapshot);
    }
    accounts++;
  }
  return { rows, bands, accounts };
}
