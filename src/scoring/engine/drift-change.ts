import type { ValueDrift } from '../metric-definition.js';
import type { FlatRange } from '../normalizers/flat-range.js';
import { DAY_MS } from '../time-ms.js';

/** How far ahead a drift is followed; past it the answer is the horizon itself, which is safe. */
const HORIZON_MS = 100 * 365 * DAY_MS;

/**
 * The first instant after asOf at which a drifting value leaves the range its normalizer is
 * flat on, or `at` (when its metric changes otherwise) if it stays in it until then. The
 * value moves one way only, so "has left" is monotone in time and a binary search finds the
 * exact instant: over whole-day steps when the drift has a phase, else over milliseconds.
 * @example driftChange(daysSinceDrift(lastMs), { lo: -Infinity, hi: 14, loIn: false, hiIn: true }, asOfMs, Infinity) // lastMs + 15 days
 */
export function driftChange(drift: ValueDrift, range: FlatRange, asOfMs: number, at: number): number {
  const up = drift.direction > 0;
  const bound = up ? range.hi : range.lo;
  if (!Number.isFinite(bound)) return at;
  const boundIn = up ? range.hiIn : range.loIn;
  const left = (ms: number) => {
    const v = drift.valueAt(ms);
    return (up ? v > bound : v < bound) || (v === bound && !boundIn);
  };
  const last = Math.min(at - 1, asOfMs + HORIZON_MS);
  const stays = last >= at - 1 ? at : last + 1;
  if (!(last > asOfMs)) return at;
  if (drift.phase === undefined) return firstLeft(asOfMs + 1, last, 1, left) ?? stays;
  // The value is constant between steps, so only the steps need looking at.
  const first = drift.phase + (Math.floor((asOfMs - drift.phase) / DAY_MS) + 1) * DAY_MS;
  if (first > last) return stays;
  return firstLeft(first, first + Math.floor((last - first) / DAY_MS) * DAY_MS, DAY_MS, left) ?? stays;
}

/** The first of the instants from, from + step, …, to at which `left` holds (it holds from some instant on), if any. */
function firstLeft(from: number, to: number, step: number, left: (ms: number) => boolean): number | undefined {
  if (left(from)) return from;
  if (!left(to)) return undefined;
  let lo = 0;
  let hi = (to - from) / step;
  // left(from + lo·step) is false and left(from + hi·step) true.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (left(from + mid * step)) hi = mid;
    else lo = mid;
  }
  return from + hi * step;
}
