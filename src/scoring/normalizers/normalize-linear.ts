import type { Direction } from './normalizer-config.js';
import { interpolate } from './clamp-score.js';

/**
 * `min` scores 0 and `max` 100 when higher is better (the reverse when lower is better), clamped.
 * @example normalizeLinear(0.5, { min: 0, max: 1 }, 'higher-is-better') // 50
 */
export function normalizeLinear(value: number, l: { readonly min: number; readonly max: number }, direction: Direction): number {
  return direction === 'higher-is-better' ? interpolate(value, l.min, 0, l.max, 100) : interpolate(value, l.min, 100, l.max, 0);
}
