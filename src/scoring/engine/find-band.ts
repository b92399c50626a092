import type { Band } from '../model/model-schema.js';

/**
 * The band holding a score: `min` inclusive, `max` exclusive, except that the band reaching
 * 100 holds 100. Bands are checked to tile 0..100 when the model loads.
 * @example findBand(75, bands)?.name // 'Healthy' with Healthy 75–100, Neutral 50–75
 */
export function findBand(score: number | null, bands: readonly Band[]): Band | undefined {
  if (score === null) return undefined;
  return bands.find((b) => score >= b.min && (score < b.max || (b.max === 100 && score === 100)));
}
