import type { StoredSnapshotRow } from '../store/index.js';

const DAY_MS = 86_400_000;

/** Change of the score over the last `days`, against the newest snapshot at least that old; null without one. */
export function trendOver(rows: readonly Pick<StoredSnapshotRow, 'as_of' | 'score'>[], days: number): number | null {
  const last = rows[rows.length - 1];
  if (!last || last.score === null) return null;
  const cutoff = new Date(Date.parse(last.as_of) - days * DAY_MS).toISOString();
  let base: (typeof rows)[number] | undefined;
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    if (r && r.as_of <= cutoff && r.score !== null) {
      base = r;
      break;
    }
  }
  return base?.score == null ? null : Math.round((last.score - base.score) * 10) / 10;
}

export interface ScoreTrend {
  readonly d7: number | null;
  readonly d30: number | null;
  readonly d90: number | null;
}

/** The 7, 30 and 90 day change of a scorecard's stored scores (rows in as-of order). */
export function scoreTrend(rows: readonly Pick<StoredSnapshotRow, 'as_of' | 'score'>[]): ScoreTrend {
  return { d7: trendOver(rows, 7), d30: trendOver(rows, 30), d90: trendOver(rows, 90) };
}
