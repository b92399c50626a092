import type { AppliedOverride, Override } from '../../domain/index.js';
import { clampScore } from '../normalizers/clamp-score.js';
import { timeMs } from '../time-ms.js';

/**
 * The override in force for a scorecard at asOf: created by then and not expired (one
 * expiring on or before asOf has stopped applying). The newest wins; at the same moment one
 * naming the scorecard beats one for all scorecards.
 */
export function activeOverride(overrides: readonly Override[], scorecard: string, asOfMs: number): Override | undefined {
  let best: Override | undefined;
  for (const o of overrides) {
    if (o.scorecard !== undefined && o.scorecard !== scorecard) continue;
    if (timeMs(o.createdAt) > asOfMs) continue;
    if (o.expiresAt !== undefined && timeMs(o.expiresAt) <= asOfMs) continue;
    if (!best || o.createdAt > best.createdAt || (o.createdAt === best.createdAt && o.scorecard !== undefined && best.scorecard === undefined)) best = o;
  }
  return best;
}

/**
 * The earliest instant after asOf at which an override for one of `scorecards` (or for all)
 * starts or expires, Infinity when none will: until then `activeOverride` picks the same one.
 */
export function nextOverrideChange(overrides: readonly Override[], scorecards: ReadonlySet<string>, asOfMs: number): number {
  let next = Infinity;
  for (const o of overrides) {
    if (o.scorecard !== undefined && !scorecards.has(o.scorecard)) continue;
    const starts = timeMs(o.createdAt);
    if (starts > asOfMs && starts < next) next = starts;
    const ends = o.expiresAt === undefined ? NaN : timeMs(o.expiresAt);
    if (ends > asOfMs && ends < next) next = ends;
  }
  return next;
}

/** The score after an override: absolute sets it, delta shifts it; both clamp to 0..100. */
export function applyOverride(rawScore: number | null, override: Override | undefined): { score: number | null; applied: AppliedOverride | null } {
  if (!override) return { score: rawScore, applied: null };
  if (override.mode === 'absolute') return { score: clampScore(override.value), applied: { ...override, applied: true } };
  if (rawScore === null) return { score: null, applied: { ...override, applied: false } };
  return { score: clampScore(rawScore + override.value), applied: { ...override, applied: true } };
}
