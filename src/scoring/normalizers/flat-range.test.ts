import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random-signals.js';
import { flatRange, type FlatRange } from './flat-range.js';
import { normalize } from './normalize.js';
import type { Direction, NormalizerConfig } from './normalizer-config.js';

const rising: NormalizerConfig = { type: 'thresholds', red: 30, yellow: 60, green: 90 };
const falling: NormalizerConfig = { type: 'thresholds', red: 60, yellow: 30, green: 14 };
const curve: NormalizerConfig = { type: 'piecewise', points: [[0, 100], [7, 100], [30, 20], [90, 20], [180, 0]] };
const range = (lo: number, hi: number, loIn: boolean, hiIn: boolean): FlatRange => ({ lo, hi, loIn, hiIn });
const only = (v: number) => range(v, v, true, true);

describe('flatRange', () => {
  it('thresholds are flat beyond red and green, a threshold itself included', () => {
    expect(flatRange(95, rising, 'higher-is-better')).toEqual(range(90, Infinity, true, false));
    expect(flatRange(90, rising, 'higher-is-better')).toEqual(range(90, Infinity, true, false));
    expect(flatRange(20, rising, 'higher-is-better')).toEqual(range(-Infinity, 30, false, true));
    expect(flatRange(45, rising, 'higher-is-better')).toEqual(only(45));
    expect(flatRange(3, falling, 'lower-is-better')).toEqual(range(-Infinity, 14, false, true));
    expect(flatRange(80, falling, 'lower-is-better')).toEqual(range(60, Infinity, true, false));
  });

  it('linear is flat beyond min and max; piecewise also between points of equal score', () => {
    expect(flatRange(1.5, { type: 'linear', min: 0, max: 1 }, 'higher-is-better')).toEqual(range(1, Infinity, true, false));
    expect(flatRange(0.5, { type: 'linear', min: 0, max: 1 }, 'lower-is-better')).toEqual(only(0.5));
    expect(flatRange(3, curve, 'higher-is-better')).toEqual(range(-Infinity, 7, false, true));
    expect(flatRange(50, curve, 'higher-is-better')).toEqual(range(30, 90, true, true));
    expect(flatRange(100, curve, 'higher-is-better')).toEqual(only(100));
  });

  it('a boolean is flat on each side of 0, a percentile between population values', () => {
    expect(flatRange(5, { type: 'boolean' }, 'higher-is-better')).toEqual(range(0, Infinity, false, false));
    expect(flatRange(0, { type: 'boolean' }, 'higher-is-better')).toEqual(only(0));
    const pct: NormalizerConfig = { type: 'percentile', within: 'all', minPopulation: 2 };
    expect(flatRange(3, pct, 'higher-is-better', [1, 2, 2, 5])).toEqual(range(2, 5, false, false));
    expect(flatRange(2, pct, 'higher-is-better', [1, 2, 2, 5])).toEqual(only(2));
    expect(flatRange(9, pct, 'higher-is-better', [1, 2, 2, 5])).toEqual(range(5, Infinity, false, false));
    expect(flatRange(9, pct, 'higher-is-better', [1])).toEqual(range(-Infinity, Infinity, false, false));
  });

  it('never claims a value normalizes the same when it does not (seeded)', () => {
    const rand = seededRandom(42);
    const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
    const configs: [NormalizerConfig, Direction, number[]?][] = [
      [rising, 'higher-is-better'],
      [falling, 'lower-is-better'],
      [{ type: 'linear', min: -5, max: 5 }, 'lower-is-better'],
      [curve, 'higher-is-better'],
      [{ type: 'piecewise', points: [[-10, 40], [0, 40], [10, 40]] }, 'higher-is-better'],
      [{ type: 'boolean' }, 'lower-is-better'],
      [{ type: 'percentile', within: 'all', minPopulation: 1 }, 'lower-is-better', [-3, 0, 0, 4, 10, 10, 50]],
    ];
    let flat = 0;
    for (const [config, direction, population] of configs) {
      for (let i = 0; i < 400; i++) {
        const value = int(-80, 220) / (rand() < 0.5 ? 1 : 4);
        const r = flatRange(value, config, direction, population);
        const n = normalize(value, config, direction, population);
        const inside = (x: number) => (x > r.lo && x < r.hi) || (x === r.lo && r.loIn) || (x === r.hi && r.hiIn);
        expect(inside(value)).toBe(true);
        for (let k = -300; k <= 300; k++) {
          const x = k / 2;
          if (inside(x)) expect(normalize(x, config, direction, population), `${JSON.stringify(config)} at ${x}, from ${value}`).toBe(n);
        }
        if (r.lo !== r.hi) flat++;
      }
    }
    // Most values sit where some normalizer is flat: the test checks real ranges, not just points.
    expect(flat).toBeGreaterThan(1000);
  });
});
