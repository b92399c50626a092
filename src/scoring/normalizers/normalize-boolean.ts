import type { Direction } from './normalizer-config.js';

/**
 * A yes/no value (non-zero is yes): 100 for the better answer, 0 for the other.
 * @example normalizeBoolean(1, 'higher-is-better') // 100
 */
export function normalizeBoolean(value: number, direction: Direction): number {
  return (value !== 0) === (direction === 'higher-is-better') ? 100 : 0;
}
