import type { NextChange } from '../metric-definition.js';
import type { CompiledMetric, CompiledScorecard } from '../model/compiled-model.js';
import { flatRange } from '../normalizers/flat-range.js';
import { normalize } from '../normalizers/normalize.js';
import { isoOf, timeMs } from '../time-ms.js';
import { nextOverrideChange } from './apply-override.js';
import { nextDecayStep } from './decay-factor.js';
import { driftChange } from './drift-change.js';
import { populationFor } from './population.js';
import { readingOf, type ScoringRun } from './score-scorecard.js';

/** The latest instant a Date can hold. */
const MAX_MS = 8.64e15;

/**
 * The earliest instant after asOf at which any of `cards` could score differently with no
 * new record, override or pulse: the earliest change of any metric (window edges, records
 * dated after asOf, values that move with asOf as far as the normalizer shows it), of any
 * decay, or of the overrides in force. Infinity when never. Readings come from the run, so
 * after scoring this costs a binary search or two per metric.
 */
export function validUntilMs(run: ScoringRun, cards: readonly CompiledScorecard[]): number {
  let next = nextOverrideChange(run.overrides, new Set(cards.map((c) => c.name)), run.asOfMs);
  const changes = new Map<string, NextChange>();
  for (const card of cards) for (const comp of card.components) for (const m of comp.metrics) next = Math.min(next, metricValidUntil(run, m, changes));
  return next;
}

function metricValidUntil(run: ScoringRun, m: CompiledMetric, changes: Map<string, NextChange>): number {
  let change = changes.get(m.rawKey);
  if (!change) {
    // A metric without the hook may change at any moment.
    change = m.definition.nextChange?.(run.index, m.window, run.asOfMs, m.params) ?? { at: run.asOfMs + 1 };
    changes.set(m.rawKey, change);
  }
  const reading = readingOf(run, m);
  const population = m.normalizer.type === 'percentile' ? populationFor(run.population, m.rawKey, m.normalizer.within, run.segment) : undefined;
  let next = change.at;
  if (change.drift && typeof reading.value === 'number') {
    next = Math.min(next, driftChange(change.drift, flatRange(reading.value, m.normalizer, m.direction, population), run.asOfMs, change.at));
  }
  // Decay moves only a value that normalizes; its steps are whole days of age.
  if (normalize(reading.value, m.normalizer, m.direction, population) !== null) next = Math.min(next, nextDecayStep(reading.observedAt, run.asOfMs, m.decay, timeMs));
  return next;
}

/** The ISO text of a validUntil instant; null for never. */
export function validUntilIso(ms: number): string | null {
  return ms === Infinity ? null : isoOf(Math.min(ms, MAX_MS));
}
