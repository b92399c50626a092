import { type MetricWindow, windowBounds } from './metric-window.js';
import { upperBound } from './timed-list.js';

/**
 * When a record at time r moves in or out of the span (asOf − a, asOf − b]: it enters once
 * asOf reaches r + b and leaves once asOf reaches r + a, so the next move is the earliest
 * record after each bound, shifted by that bound's distance from asOf.
 */
export function nextSpanEdge(times: Float64Array, from: number, to: number, asOfMs: number): number {
  const leaving = upperBound(times, from);
  const entering = upperBound(times, to);
  const leaves = leaving < times.length ? (times[leaving] as number) + (asOfMs - from) : Infinity;
  const enters = entering < times.length ? (times[entering] as number) + (asOfMs - to) : Infinity;
  return Math.min(leaves, enters);
}

/**
 * The earliest instant after asOf at which a record of a sorted list moves into or out of a
 * window (either span of a trend), as the window slides with asOf; Infinity when none will.
 * Records dated after asOf that the list leaves out count only through `SignalIndex.upcoming`.
 * @example nextWindowEdge(list.times, parseWindow('30d'), asOfMs) // the oldest record in the window + 30 days
 */
export function nextWindowEdge(times: Float64Array, window: MetricWindow | undefined, asOfMs: number): number {
  if (!window) return Infinity;
  const { recent, baseline } = windowBounds(window, asOfMs);
  const next = nextSpanEdge(times, recent[0], recent[1], asOfMs);
  return baseline ? Math.min(next, nextSpanEdge(times, baseline[0], baseline[1], asOfMs)) : next;
}
