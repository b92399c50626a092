import { WEEK_MS } from './calendar.js';
import { clamp, type Random } from './random.js';

/** A sharp fall in health over the months before a renewal. */
export interface Decline {
  readonly startMs: number;
  readonly endMs: number;
  readonly depth: number;
}

/** How fast health returns to its (drifting) baseline each week, and the weekly noise. */
const REVERSION = 0.1;
const WEEKLY_NOISE = 0.03;
/** After a decline's end (the renewal) an account that stays recovers over about two months. */
const RECOVERY_WEEKS = 8;

/** A baseline around which an account's health wanders: most are fine, a long tail is not. */
export function drawBaseline(rng: Random): number {
  return clamp(rng.normal(0.63, 0.17), 0.08, 0.95);
}

/**
 * The hidden weekly health h ∈ [0, 1] of one account: a mean-reverting random walk around a
 * baseline that itself drifts over the two years, pulled down by an optional decline.
 * Every observable signal in the demo is a noisy function of this series.
 */
export function simulateLatentHealth(rng: Random, weekStarts: readonly number[], baseline: number, decline?: Decline): Float64Array {
  const out = new Float64Array(weekStarts.length);
  const trend = rng.normal(0, 0.1);
  let h = clamp(baseline + rng.normal(0, 0.07), 0.02, 0.98);
  for (let w = 0; w < weekStarts.length; w++) {
    const t = weekStarts[w] ?? 0;
    const mean = baseline + (trend * w) / Math.max(1, weekStarts.length) - (decline ? declineAt(decline, t) : 0);
    h = clamp(h + REVERSION * (mean - h) + rng.normal(0, WEEKLY_NOISE), 0.02, 0.98);
    out[w] = h;
  }
  return out;
}

function declineAt(d: Decline, t: number): number {
  if (t < d.startMs) return 0;
  if (t <= d.endMs) return (d.depth * (t - d.startMs)) / Math.max(1, d.endMs - d.startMs);
  return d.depth * Math.exp(-(t - d.endMs) / (RECOVERY_WEEKS * WEEK_MS));
}

/** Mean health over the `weeks` weeks before `ms` (at least one week), the "recent" health outcomes depend on. */
export function recentHealth(health: Float64Array, weekStarts: readonly number[], ms: number, weeks = 13): number {
  let end = 0;
  while (end < weekStarts.length && (weekStarts[end] ?? Infinity) + WEEK_MS <= ms) end++;
  const from = Math.max(0, end - weeks);
  const to = Math.max(end, 1);
  let sum = 0;
  for (let w = from; w < to; w++) sum += health[w] ?? 0;
  return sum / (to - from);
}
