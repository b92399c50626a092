import type { Evidence, MetricContribution } from '../../domain/index.js';
import type { MetricReading } from '../metric-definition.js';
import type { CompiledMetric } from '../model/compiled-model.js';
import { normalize } from '../normalizers/normalize.js';
import { timeMs } from '../time-ms.js';
import { ageInDays, decayFactor } from './decay-factor.js';
import { type Population, populationFor } from './population.js';

/** A metric read and normalized, before the scorecard's weights are known. */
export interface MetricOutcome {
  readonly metric: CompiledMetric;
  readonly reading: MetricReading;
  readonly undecayed: number | null;
  readonly normalized: number | null;
  readonly decay: number;
  readonly ageDays: number | undefined;
}

export function evaluateMetric(metric: CompiledMetric, reading: MetricReading, invert: boolean, asOfMs: number, population: Population | undefined, segment: string | null): MetricOutcome {
  const pop = metric.normalizer.type === 'percentile' ? populationFor(population, metric.rawKey, metric.normalizer.within, segment) : undefined;
  const n = normalize(reading.value, metric.normalizer, metric.direction, pop);
  const undecayed = n === null ? null : invert ? 100 - n : n;
  const ageDays = ageInDays(reading.observedAt, asOfMs, timeMs);
  const decay = undecayed === null ? 1 : decayFactor(ageDays, metric.decay);
  const normalized = undecayed === null ? null : 50 + (undecayed - 50) * decay;
  return { metric, reading, undecayed, normalized, decay, ageDays };
}

export function contributionOf(o: MetricOutcome, effectiveWeight: number, evidenceLimit: number): MetricContribution {
  const { metric, reading } = o;
  const contribution = o.normalized === null ? 0 : effectiveWeight * o.normalized;
  return {
    metric: metric.id,
    catalogue: metric.definition.name,
    window: metric.window?.text ?? null,
    rawValue: reading.value,
    normalized: o.normalized,
    undecayed: o.undecayed,
    status: o.normalized === null ? 'missing' : o.decay < 1 ? 'stale' : 'ok',
    weight: metric.weight,
    effectiveWeight,
    contribution,
    impact: o.normalized === null ? 0 : effectiveWeight * (o.normalized - 50),
    ...(reading.observedAt === undefined ? {} : { observedAt: reading.observedAt }),
    decay: o.decay,
    samples: reading.samples,
    evidence: newest(reading.evidence, evidenceLimit),
  };
}

function newest(evidence: readonly Evidence[], limit: number): Evidence[] {
  return evidence.length <= limit ? [...evidence] : evidence.slice(evidence.length - limit);
}
