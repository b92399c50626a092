import { lowerBound } from './lower-bound.js';
import type { Direction } from './normalizer-config.js';

/**
 * The value's percentile rank in a sorted population (ties count half), 0..100; reversed when
 * lower is better. Null when the population is smaller than `minPopulation`: a rank among
 * three accounts says little.
 * @example normalizePercentile(3, [1, 2, 3, 4], 'higher-is-better', 1) // 62.5
 */
export function normalizePercentile(value: number, sorted: readonly number[] | undefined, direction: Direction, minPopulation: number): number | null {
  if (!sorted || sorted.length === 0 || sorted.length < minPopulation) return null;
  const below = lowerBound(sorted, value);
  let equal = 0;
  for (let i = below; i < sorted.length && sorted[i] === value; i++) equal++;
  const rank = (100 * (below + equal / 2)) / sorted.length;
  return direction === 'higher-is-better' ? rank : 100 - rank;
}
