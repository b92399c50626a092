import type { ScoreSnapshot } from '../../domain/index.js';

export interface MetricChange {
  readonly metric: string;
  readonly before: { readonly rawValue: number | string | null; readonly normalized: number | null; readonly contribution: number } | null;
  readonly after: { readonly rawValue: number | string | null; readonly normalized: number | null; readonly contribution: number } | null;
  /** Change in points of the raw score this metric contributed. */
  readonly delta: number;
}

export interface ComponentChange {
  readonly component: string;
  readonly delta: number;
  /** Largest absolute change first. */
  readonly metrics: readonly MetricChange[];
}

export type WhyChanged =
  | {
      readonly ok: true;
      readonly scorecard: string;
      readonly from: string;
      readonly to: string;
      readonly modelVersion: string;
      /** Change of the final score (null when either side has none). */
      readonly scoreDelta: number | null;
      /** Change of the raw score: the sum of the component deltas. */
      readonly rawDelta: number;
      /** The part of `scoreDelta` due to overrides rather than signals. */
      readonly overrideDelta: number;
      readonly bandBefore: string | null;
      readonly bandAfter: string | null;
      /** Largest absolute change first. */
      readonly components: readonly ComponentChange[];
    }
  | { readonly ok: false; readonly code: 'model_version_mismatch' | 'different_scorecard' | 'different_account'; readonly message: string };

/**
 * Why a score moved between two snapshots of one account and scorecard: the raw-score change
 * split by component and metric, largest first. Snapshots of different model versions are
 * refused: a rule change must not read as a change in the customer (replay history instead).
 * @example const why = whyChanged(lastMonth, today); if (why.ok) why.components[0]?.component;
 */
export function whyChanged(before: ScoreSnapshot, after: ScoreSnapshot): WhyChanged {
  if (before.accountExternalId !== after.accountExternalId) return { ok: false, code: 'different_account', message: `snapshots are of ${before.accountExternalId} and ${after.accountExternalId}` };
  if (before.scorecard !== after.scorecard) return { ok: false, code: 'different_scorecard', message: `snapshots are of scorecards ${before.scorecard} and ${after.scorecard}` };
  if (before.modelVersion !== after.modelVersion) {
    return {
      ok: false,
      code: 'model_version_mismatch',
      message: `snapshots come from different model versions (${before.modelName} ${before.modelVersion} and ${after.modelName} ${after.modelVersion}); rescore the earlier date with the current model to compare`,
    };
  }
  const names = unique([...before.components.map((c) => c.component), ...after.components.map((c) => c.component)]);
  const components = names.map((name): ComponentChange => {
    const b = before.components.find((c) => c.component === name);
    const a = after.components.find((c) => c.component === name);
    const ids = unique([...(b?.metrics ?? []).map((m) => m.metric), ...(a?.metrics ?? []).map((m) => m.metric)]);
    const metrics = ids
      .map((id): MetricChange => {
        const mb = b?.metrics.find((m) => m.metric === id);
        const ma = a?.metrics.find((m) => m.metric === id);
        const pick = (m: typeof mb) => (m ? { rawValue: m.rawValue, normalized: m.normalized, contribution: m.contribution } : null);
        return { metric: id, before: pick(mb), after: pick(ma), delta: (ma?.contribution ?? 0) - (mb?.contribution ?? 0) };
      })
      .sort(byMagnitude);
    return { component: name, delta: (a?.contribution ?? 0) - (b?.contribution ?? 0), metrics };
  });
  const rawDelta = (after.rawScore ?? 0) - (before.rawScore ?? 0);
  const scoreDelta = after.score === null || before.score === null ? null : after.score - before.score;
  const shift = (s: ScoreSnapshot) => (s.score === null || s.rawScore === null ? 0 : s.score - s.rawScore);
  return {
    ok: true,
    scorecard: after.scorecard,
    from: before.asOf,
    to: after.asOf,
    modelVersion: after.modelVersion,
    scoreDelta,
    rawDelta,
    overrideDelta: shift(after) - shift(before),
    bandBefore: before.band,
    bandAfter: after.band,
    components: components.sort(byMagnitude),
  };
}

function byMagnitude(a: { delta: number; metric?: string; component?: string }, b: { delta: number; metric?: string; component?: string }): number {
  return Math.abs(b.delta) - Math.abs(a.delta) || String(a.metric ?? a.component).localeCompare(String(b.metric ?? b.component));
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
