import type { Confidence, ConfidenceReason } from '../../domain/index.js';
import type { MetricOutcome } from './metric-result.js';

export interface WeightedOutcome {
  readonly outcome: MetricOutcome;
  /** The metric's share of the scorecard if every metric had data. */
  readonly nominalWeight: number;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * How far to trust a score: completeness (the nominal weight that had data) × freshness
 * (how little of it decayed) × volume (enough records behind each value), with the reasons,
 * and the range of raw scores possible if every missing or stale metric took its worst or
 * best normalized value at its full weight.
 */
export function confidenceOf(metrics: readonly WeightedOutcome[], rawScore: number | null): Confidence {
  if (rawScore === null) {
    return { value: 0, completeness: 0, freshness: 0, volume: 0, low: null, high: null, reasons: [{ kind: 'no_data', message: 'no signals for any metric of this scorecard: nothing to score', metrics: [] }] };
  }
  let completeness = 0;
  let fresh = 0;
  let volume = 0;
  let low = 0;
  let high = 0;
  const missing: string[] = [];
  const stale: string[] = [];
  const thin: string[] = [];
  for (const { outcome: o, nominalWeight: w } of metrics) {
    const [worst, best] = o.metric.bounds;
    if (o.normalized === null) {
      if (w > 0) missing.push(o.metric.id);
      low += w * worst;
      high += w * best;
      continue;
    }
    completeness += w;
    fresh += w * o.decay;
    const min = o.metric.definition.minSamples;
    const enough = min === 0 ? 1 : Math.min(1, o.reading.samples / min);
    volume += w * enough;
    if (enough < 1 && w > 0) thin.push(`${o.metric.id} (${o.reading.samples} of ${min} records)`);
    if (o.decay < 1) {
      if (w > 0) stale.push(`${o.metric.id} (last seen ${Math.round(o.ageDays ?? 0)} days ago)`);
      low += w * worst;
      high += w * best;
    } else {
      low += w * o.normalized;
      high += w * o.normalized;
    }
  }
  const freshness = completeness > 0 ? fresh / completeness : 0;
  const vol = completeness > 0 ? volume / completeness : 0;
  const reasons: ConfidenceReason[] = [];
  const counted = metrics.filter((m) => m.nominalWeight > 0).length;
  if (missing.length > 0) reasons.push({ kind: 'completeness', message: `${missing.length} of ${counted} metrics had no data: ${missing.join(', ')}`, metrics: missing });
  if (stale.length > 0) reasons.push({ kind: 'freshness', message: `stale, decayed toward neutral: ${stale.join(', ')}`, metrics: stale.map((s) => s.split(' ')[0] ?? s) });
  if (thin.length > 0) reasons.push({ kind: 'volume', message: `few records behind: ${thin.join(', ')}`, metrics: thin.map((s) => s.split(' ')[0] ?? s) });
  return {
    value: round(completeness * freshness * vol, 3),
    completeness: round(completeness, 3),
    freshness: round(freshness, 3),
    volume: round(vol, 3),
    low: Math.min(low, rawScore),
    high: Math.max(high, rawScore),
    reasons,
  };
}
