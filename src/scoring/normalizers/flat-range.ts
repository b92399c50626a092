import { lowerBound } from './lower-bound.js';
import { normalize } from './normalize.js';
import type { Direction, NormalizerConfig } from './normalizer-config.js';

/**
 * The values around one value that a normalizer gives the very same result as that value:
 * x is in the range when lo < x < hi, or x === lo with `loIn`, or x === hi with `hiIn`.
 * A range may be smaller than the truth (that is safe), never larger.
 */
export interface FlatRange {
  readonly lo: number;
  readonly hi: number;
  readonly loIn: boolean;
  readonly hiIn: boolean;
}

const EVERYWHERE: FlatRange = { lo: -Infinity, hi: Infinity, loIn: false, hiIn: false };
const point = (v: number): FlatRange => ({ lo: v, hi: v, loIn: true, hiIn: true });

/**
 * Where a normalizer is flat around `value`: what lets a value that moves with asOf alone
 * (days to renewal) leave the score unchanged until it crosses a threshold.
 * Thresholds, linear and piecewise curves are flat beyond their outermost values (and a
 * piecewise curve between two points of equal score), a boolean on each side of 0, a
 * percentile between two population values; elsewhere the range is the value alone.
 * @example flatRange(95, { type: 'thresholds', red: 30, yellow: 60, green: 90 }, 'higher-is-better') // [90, ∞)
 */
export function flatRange(value: number, config: NormalizerConfig, direction: Direction, population?: readonly number[]): FlatRange {
  const n = normalize(value, config, direction, population);
  if (n === null) return Number.isFinite(value) && config.type !== 'percentile' ? EVERYWHERE : nullRange(value, config, population);
  if (config.type === 'percentile') return between(value, population ?? []);
  const knots = knotsOf(config);
  return grow(value, n, knots, flatGaps(config, knots.length), (x) => normalize(x, config, direction, population));
}

/** A percentile without a big enough population gives null for every value; a non-finite value gives null whatever it is. */
function nullRange(value: number, config: NormalizerConfig, population: readonly number[] | undefined): FlatRange {
  if (!Number.isFinite(value)) return point(value);
  if (config.type === 'percentile' && (!population || population.length === 0 || population.length < config.minPopulation)) return EVERYWHERE;
  return point(value);
}

/** The values where the curve bends, sorted: the curve is affine between them and flat beyond. */
function knotsOf(config: NormalizerConfig): number[] {
  switch (config.type) {
    case 'thresholds':
      return [config.red, config.yellow, config.green].sort((a, b) => a - b);
    case 'linear':
      return [Math.min(config.min, config.max), Math.max(config.min, config.max)];
    case 'piecewise':
      return config.points.map((p) => p[0]);
    case 'boolean':
      return [0];
    default:
      return [];
  }
}

/** Whether the curve is flat between knot i and i + 1: only a piecewise segment whose ends clamp to the same score. */
function flatGaps(config: NormalizerConfig, knots: number): boolean[] {
  const gaps = Array.from({ length: Math.max(0, knots - 1) }, () => false);
  if (config.type !== 'piecewise') return gaps;
  const clamp = (y: number) => Math.min(100, Math.max(0, y));
  return gaps.map((_, i) => clamp((config.points[i] as readonly [number, number])[1]) === clamp((config.points[i + 1] as readonly [number, number])[1]));
}

/**
 * Grows the range from the value's place (a ray, a gap or a knot) while the next place is
 * flat with the same result; a knot's own result is checked by normalizing it exactly.
 */
function grow(value: number, n: number, knots: readonly number[], gaps: readonly boolean[], f: (x: number) => number | null): FlatRange {
  const k = knots.length;
  if (k === 0) return EVERYWHERE;
  // Places: 2i is the open stretch below knot i (0 the ray below all), 2i + 1 is knot i, 2k the ray above all.
  const flat = (p: number) => p % 2 === 1 || p === 0 || p === 2 * k || (gaps[p / 2 - 1] ?? false);
  const sample = (p: number): number | null => {
    if (p % 2 === 1) return f(knots[(p - 1) / 2] as number);
    if (p === 0) return below(knots[0] as number, f);
    if (p === 2 * k) return above(knots[k - 1] as number, f);
    return f(((knots[p / 2 - 1] as number) + (knots[p / 2] as number)) / 2);
  };
  let at = 2 * k;
  for (let i = 0; i < k; i++) {
    const x = knots[i] as number;
    if (value < x) {
      at = 2 * i;
      break;
    }
    if (value === x) {
      at = 2 * i + 1;
      break;
    }
  }
  if (!flat(at)) return point(value);
  let lo = at;
  while (lo > 0 && flat(lo - 1) && sample(lo - 1) === n) lo--;
  let hi = at;
  while (hi < 2 * k && flat(hi + 1) && sample(hi + 1) === n) hi++;
  const edge = (p: number, side: -1 | 1) => (p % 2 === 1 ? (knots[(p - 1) / 2] as number) : side < 0 ? (p === 0 ? -Infinity : (knots[p / 2 - 1] as number)) : p === 2 * k ? Infinity : (knots[p / 2] as number));
  return { lo: edge(lo, -1), hi: edge(hi, 1), loIn: lo % 2 === 1, hiIn: hi % 2 === 1 };
}

function below(x: number, f: (x: number) => number | null): number | null {
  const y = x - Math.max(1, Math.abs(x));
  return y < x ? f(y) : NaN;
}

function above(x: number, f: (x: number) => number | null): number | null {
  const y = x + Math.max(1, Math.abs(x));
  return y > x ? f(y) : NaN;
}

/** A percentile rank is the same strictly between two neighbouring population values, and changes on each. */
function between(value: number, sorted: readonly number[]): FlatRange {
  const lo = lowerBound(sorted, value);
  if (sorted[lo] === value) return point(value);
  return { lo: lo === 0 ? -Infinity : (sorted[lo - 1] as number), hi: lo === sorted.length ? Infinity : (sorted[lo] as number), loIn: false, hiIn: false };
}
