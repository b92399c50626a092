import { interpolate } from './clamp-score.js';

/**
 * Red/yellow/green anchors: the value at `red` scores 0, at `yellow` 50, at `green` 100,
 * linear in between and clamped beyond. Anchors rise when higher is better
 * (red 0.3, yellow 0.5, green 0.7) and fall when lower is better (red 30, yellow 10, green 0).
 * @example normalizeThresholds(10, { red: 30, yellow: 10, green: 0 }) // 50
 */
export function normalizeThresholds(value: number, t: { readonly red: number; readonly yellow: number; readonly green: number }): number {
  const rising = t.green > t.red;
  const v = rising ? value : -value;
  const [r, y, g] = rising ? [t.red, t.yellow, t.green] : [-t.red, -t.yellow, -t.green];
  return v <= y ? interpolate(v, r, 0, y, 50) : interpolate(v, y, 50, g, 100);
}
