import type { ValueDrift } from '../metric-definition.js';
import { DAY_MS } from '../time-ms.js';

/** Whole days from `ms` to asOf, never negative: it steps once a day, at `ms` + k days. */
export function daysSince(ms: number, asOfMs: number): number {
  return Math.max(0, Math.floor((asOfMs - ms) / DAY_MS));
}

/** How `daysSince(ms, asOf)` rises as asOf moves on. */
export function daysSinceDrift(ms: number): ValueDrift {
  return { direction: 1, valueAt: (at) => daysSince(ms, at), phase: ms };
}
