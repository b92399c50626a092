import type { ComponentScore, Override, ScoreSnapshot } from '../../domain/index.js';
import type { MetricReading } from '../metric-definition.js';
import type { CompiledMetric, CompiledModel, CompiledScorecard } from '../model/compiled-model.js';
import type { SignalIndex } from '../signal-index.js';
import { activeOverride, applyOverride } from './apply-override.js';
import { confidenceOf, type WeightedOutcome } from './confidence-of.js';
import { driversOf } from './drivers.js';
import { findBand } from './find-band.js';
import { contributionOf, evaluateMetric, type MetricOutcome } from './metric-result.js';
import type { Population } from './population.js';

/** What every scorecard of one account's scoring call shares. */
export interface ScoringRun {
  readonly index: SignalIndex;
  readonly asOf: string;
  readonly asOfMs: number;
  readonly model: CompiledModel;
  readonly segment: string | null;
  readonly population: Population | undefined;
  readonly overrides: readonly Override[];
  /** Readings by raw key: scorecards that use the same metric compute it once. */
  readonly readings: Map<string, MetricReading>;
}

/** A metric's reading for the run, computed once per raw key. */
export function readingOf(run: ScoringRun, m: CompiledMetric): MetricReading {
  let r = run.readings.get(m.rawKey);
  if (!r) {
    r = m.definition.compute(run.index, m.window, run.asOfMs, m.params);
    run.readings.set(m.rawKey, r);
  }
  return r;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * One scorecard: each metric normalized (and decayed), weights re-spread over the metrics
 * that had data (within a component, then across components), contributions that add up
 * to the raw score, then the override and the band.
 */
export function scoreScorecard(card: CompiledScorecard, run: ScoringRun): ScoreSnapshot {
  let outcomes: MetricOutcome[][] = card.components.map((c) => c.metrics.map((m) => evaluateMetric(m, readingOf(run, m), card.invert, run.asOfMs, run.population, run.segment)));
  // Facts about the contract alone (days to renewal, stage) are no basis for a score: without
  // any recorded activity the account gets null, not a number made of its renewal date.
  if (!outcomes.some((os) => os.some((o) => o.normalized !== null && o.metric.definition.signal !== 'account'))) {
    outcomes = outcomes.map((os) => os.map((o) => ({ ...o, normalized: null, undecayed: null, decay: 1 })));
  }
  const available = outcomes.map((os) => sum(os.map((o) => (o.normalized === null ? 0 : o.metric.weight))));
  const totalWeight = sum(card.components.map((c, i) => ((available[i] as number) > 0 ? c.weight : 0)));
  const nominalTotal = sum(card.components.map((c) => (sum(c.metrics.map((m) => m.weight)) > 0 ? c.weight : 0)));

  const weighted: WeightedOutcome[] = [];
  let rawSum = 0;
  const components: ComponentScore[] = card.components.map((c, i) => {
    const os = outcomes[i] as MetricOutcome[];
    const avail = available[i] as number;
    const componentShare = totalWeight > 0 && avail > 0 ? c.weight / totalWeight : 0;
    const allMetricWeight = sum(c.metrics.map((m) => m.weight));
    const metrics = os.map((o) => {
      weighted.push({ outcome: o, nominalWeight: nominalTotal > 0 && allMetricWeight > 0 ? (c.weight / nominalTotal) * (o.metric.weight / allMetricWeight) : 0 });
      const share = o.normalized === null || avail === 0 ? 0 : componentShare * (o.metric.weight / avail);
      return contributionOf(o, share, run.model.evidenceLimit);
    });
    const contribution = sum(metrics.map((m) => m.contribution));
    rawSum += contribution;
    const score = avail > 0 ? sum(os.map((o) => (o.normalized === null ? 0 : o.metric.weight * o.normalized))) / avail : null;
    return { component: c.name, score, weight: c.weight, effectiveWeight: componentShare, contribution, metrics };
  });

  const rawScore = totalWeight > 0 ? rawSum : null;
  return finishSnapshot(
    {
      accountExternalId: run.index.account.externalId,
      scorecard: card.name,
      modelName: run.model.name,
      modelVersion: run.model.version,
      asOf: run.asOf,
      segment: run.segment,
      rawScore,
      components,
      confidence: confidenceOf(weighted, rawScore),
    },
    card,
    activeOverride(run.overrides, card.name, run.asOfMs),
  );
}

type Unfinished = Omit<ScoreSnapshot, 'score' | 'band' | 'override' | 'drivers'>;

/** Applies the override, rounds the final score to one decimal and finds its band and drivers. */
export function finishSnapshot(s: Unfinished, card: CompiledScorecard, override: Override | undefined): ScoreSnapshot {
  const { score, applied } = applyOverride(s.rawScore, override);
  const rounded = score === null ? null : Math.round(score * 10) / 10;
  return { ...s, score: rounded, band: findBand(rounded, card.bands)?.name ?? null, override: applied, drivers: driversOf(s.components) };
}
