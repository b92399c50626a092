import type { DecaySettings } from '../model/compiled-model.js';
import { DAY_MS } from '../time-ms.js';

/**
 * How much of a metric's distance from neutral survives its age: 1 until `staleAfterDays`,
 * then halving every `halfLifeDays`. A value with no observation time (a count as of asOf)
 * does not decay.
 * @example decayFactor(135, { halfLifeDays: 90, staleAfterDays: 45 }) // 0.5
 */
export function decayFactor(ageDays: number | undefined, decay: DecaySettings | null): number {
  if (ageDays === undefined || decay === null) return 1;
  const over = ageDays - decay.staleAfterDays;
  return over <= 0 ? 1 : 0.5 ** (over / decay.halfLifeDays);
}

/**
 * Whole days from an observation to asOf, never negative. Whole days make decay step once a
 * day instead of changing every millisecond, so a score holds until a known instant
 * (`nextDecayStep`) and an incremental run can keep it until then.
 */
export function ageInDays(observedAt: string | undefined, asOfMs: number, parse: (iso: string) => number): number | undefined {
  if (observedAt === undefined) return undefined;
  const ms = parse(observedAt);
  return Number.isNaN(ms) ? undefined : Math.max(0, Math.floor((asOfMs - ms) / DAY_MS));
}

/**
 * The earliest instant after asOf at which the decay of a value observed at `observedAt`
 * changes: the next whole day of age past `staleAfterDays`; Infinity when it never decays.
 * @example nextDecayStep('2025-01-01', Date.parse('2025-01-10'), { halfLifeDays: 90, staleAfterDays: 45 }, Date.parse) // 2025-02-16, age 46
 */
export function nextDecayStep(observedAt: string | undefined, asOfMs: number, decay: DecaySettings | null, parse: (iso: string) => number): number {
  if (observedAt === undefined || decay === null) return Infinity;
  const ms = parse(observedAt);
  if (Number.isNaN(ms)) return Infinity;
  const age = Math.max(0, Math.floor((asOfMs - ms) / DAY_MS));
  return ms + Math.max(age + 1, Math.floor(decay.staleAfterDays) + 1) * DAY_MS;
}
