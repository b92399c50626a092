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

export function ageInDays(observedAt: string | undefined, asOfMs: number, parse: (iso: string) => number): number | undefined {
  if (observedAt === undefined) return undefined;
  const ms = parse(observedAt);
  return Number.isNaN(ms) ? undefined : Math.max(0, (asOfMs - ms) / DAY_MS);
}
