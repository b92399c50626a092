import type { ComponentScore, Confidence, MetricContribution, Override, ScoreSnapshot } from '../../domain/index.js';
import type { CompiledModel, CompiledScorecard } from '../model/compiled-model.js';
import type { AccountScore } from './account-score.js';
import { CHILD_METRIC } from './drivers.js';
import { finishSnapshot } from './score-scorecard.js';
import { timeMs } from '../time-ms.js';

/** The component that holds a parent's children in a rolled-up score. */
export const ROLL_UP_COMPONENT = 'children';

/**
 * A parent's score combined with its children's: the parent's own raw score keeps
 * `rollUp.ownWeight` of it (all of it is the children's when the parent has no data of its own),
 * the children share the rest by ARR (or equally; equally too when no child has an ARR).
 * Each child appears as a metric of a `children` component and as a driver, so contributions
 * still add up to the raw score. The parent's override is applied again to the new raw score.
 * Children scored with another model version are left out. The result holds until the
 * earliest `validUntil` of the parent and its children.
 * @example rollUp(scoreAccount(parentSignals, model, asOf), childScores, model)
 */
export function rollUp(parent: AccountScore, children: readonly AccountScore[], model: CompiledModel): AccountScore {
  const cards = new Map<string, CompiledScorecard>([...model.scorecards, ...model.segments.filter((s) => s.name === parent.segment).flatMap((s) => s.scorecards)].map((c) => [c.name, c]));
  const scorecards = parent.scorecards.map((own) => {
    const card = cards.get(own.scorecard);
    const kids = children
      .filter((c) => c.modelVersion === parent.modelVersion)
      .map((c) => ({ child: c, snap: c.scorecards.find((s) => s.scorecard === own.scorecard) }))
      .filter((k): k is { child: AccountScore; snap: ScoreSnapshot & { score: number } } => k.snap !== undefined && k.snap.score !== null);
    if (!card || kids.length === 0) return own;
    return rollUpScorecard(own, kids, card, model);
  });
  return { ...parent, validUntil: earliest(parent.validUntil, children), scorecards };
}

/** A parent's result holds only as long as its own and every child's. */
function earliest(own: string | null, children: readonly AccountScore[]): string | null {
  let best = own;
  for (const c of children) if (c.validUntil !== null && (best === null || timeMs(c.validUntil) < timeMs(best))) best = c.validUntil;
  return best;
}

function rollUpScorecard(own: ScoreSnapshot, kids: readonly { child: AccountScore; snap: ScoreSnapshot & { score: number } }[], card: CompiledScorecard, model: CompiledModel): ScoreSnapshot {
  const ownShare = own.rawScore === null ? 0 : model.rollUp.ownWeight;
  const childShare = 1 - ownShare;
  const byArr = model.rollUp.weightBy === 'arr' && kids.some((k) => (k.child.arr ?? 0) > 0);
  const weights = kids.map((k) => (byArr ? Math.max(0, k.child.arr ?? 0) : 1));
  const total = weights.reduce((a, b) => a + b, 0);

  const scale = (m: MetricContribution): MetricContribution => ({ ...m, effectiveWeight: m.effectiveWeight * ownShare, contribution: m.contribution * ownShare, impact: m.impact * ownShare });
  const ownComponents: ComponentScore[] = own.components.map((c) => ({
    ...c,
    effectiveWeight: c.effectiveWeight * ownShare,
    contribution: c.contribution * ownShare,
    metrics: c.metrics.map(scale),
  }));
  const childMetrics: MetricContribution[] = kids.map((k, i) => {
    const share = (childShare * (weights[i] as number)) / total;
    return {
      metric: k.child.accountExternalId,
      catalogue: CHILD_METRIC,
      window: null,
      rawValue: k.snap.score,
      normalized: k.snap.score,
      undecayed: k.snap.score,
      status: 'ok',
      weight: weights[i] as number,
      effectiveWeight: share,
      contribution: share * k.snap.score,
      impact: share * (k.snap.score - 50),
      decay: 1,
      samples: 1,
      evidence: [{ entity: 'account', id: k.child.accountExternalId }],
    };
  });
  const childContribution = childMetrics.reduce((a, m) => a + m.contribution, 0);
  const components: ComponentScore[] = [
    ...ownComponents,
    { component: ROLL_UP_COMPONENT, score: childContribution / childShare, weight: childShare, effectiveWeight: childShare, contribution: childContribution, metrics: childMetrics },
  ];
  let rawScore = 0;
  for (const c of components) for (const m of c.metrics) rawScore += m.contribution;
  const blended = blendConfidence(own.confidence, ownShare, kids.map((k, i) => ({ c: k.snap.confidence, share: (childShare * (weights[i] as number)) / total })));
  // Children weigh in with their final scores but their ranges are of raw scores: keep the range around the result.
  const confidence = { ...blended, low: Math.min(blended.low ?? rawScore, rawScore), high: Math.max(blended.high ?? rawScore, rawScore) };
  const { score: _s, band: _b, drivers: _d, override, ...rest } = own;
  return finishSnapshot({ ...rest, rawScore, components, confidence }, card, override ? stripApplied(override) : undefined);
}

function stripApplied(o: NonNullable<ScoreSnapshot['override']>): Override {
  const { applied: _a, ...override } = o;
  return override;
}

function blendConfidence(own: Confidence, ownShare: number, kids: readonly { c: Confidence; share: number }[]): Confidence {
  const mix = (pick: (c: Confidence) => number | null) => {
    let total = ownShare > 0 ? ownShare * (pick(own) ?? 0) : 0;
    for (const k of kids) total += k.share * (pick(k.c) ?? 0);
    return total;
  };
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    value: round3(mix((c) => c.value)),
    completeness: round3(mix((c) => c.completeness)),
    freshness: round3(mix((c) => c.freshness)),
    volume: round3(mix((c) => c.volume)),
    low: mix((c) => c.low),
    high: mix((c) => c.high),
    reasons: [
      ...(ownShare > 0 ? own.reasons : []),
      { kind: 'completeness', message: `rolled up from ${kids.length} child account${kids.length === 1 ? '' : 's'}${ownShare > 0 ? '' : '; the parent has no signals of its own'}`, metrics: [] },
    ],
  };
}
