import { interpolate } from './clamp-score.js';

/**
 * A curve through [value, score] points with increasing values: linear between points, flat
 * before the first and after the last. The points say which way is better.
 * @example normalizePiecewise(15, [[0, 100], [10, 80], [30, 20]]) // 65
 */
export function normalizePiecewise(value: number, points: readonly (readonly [number, number])[]): number {
  const first = points[0];
  if (!first) return 50;
  if (value <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i] as readonly [number, number];
    if (value <= x1) {
      const [x0, y0] = points[i - 1] as readonly [number, number];
      return interpolate(value, x0, y0, x1, y1);
    }
  }
  return (points[points.length - 1] as readonly [number, number])[1];
}
