import { describe, expect, it } from 'vitest';
import { normalize, normalizerBounds } from './normalize.js';

describe('normalize', () => {
  it('thresholds: red 0, yellow 50, green 100, linear between, clamped, for either direction', () => {
    const rising = { type: 'thresholds', red: 0.25, yellow: 0.5, green: 0.75 } as const;
    expect([0, 0.25, 0.375, 0.5, 0.625, 0.75, 1].map((v) => normalize(v, rising, 'higher-is-better'))).toEqual([0, 0, 25, 50, 75, 100, 100]);
    const falling = { type: 'thresholds', red: 30, yellow: 10, green: 2 } as const;
    expect([40, 30, 20, 10, 6, 2, 0].map((v) => normalize(v, falling, 'lower-is-better'))).toEqual([0, 0, 25, 50, 75, 100, 100]);
  });

  it('linear: min to max maps to 0..100, reversed when lower is better', () => {
    const l = { type: 'linear', min: 1, max: 11 } as const;
    expect([0, 1, 6, 11, 20].map((v) => normalize(v, l, 'higher-is-better'))).toEqual([0, 0, 50, 100, 100]);
    expect([1, 3.5, 11].map((v) => normalize(v, l, 'lower-is-better'))).toEqual([100, 75, 0]);
  });

  it('piecewise: through its points, flat outside them', () => {
    const p = { type: 'piecewise', points: [[0, 100], [10, 80], [30, 20]] } as const;
    expect([-5, 0, 5, 10, 15, 30, 99].map((v) => normalize(v, p, 'lower-is-better'))).toEqual([100, 100, 90, 80, 65, 20, 20]);
  });

  it('percentile: rank in the population, ties count half; null without enough population', () => {
    const p = { type: 'percentile', within: 'segment', minPopulation: 4 } as const;
    const pop = [1, 2, 3, 3, 5, 8, 13, 21];
    expect(normalize(3, p, 'higher-is-better', pop)).toBe(37.5);
    expect(normalize(3, p, 'lower-is-better', pop)).toBe(62.5);
    expect(normalize(0, p, 'higher-is-better', pop)).toBe(0);
    expect(normalize(99, p, 'higher-is-better', pop)).toBe(100);
    expect(normalize(3, p, 'higher-is-better', [1, 2, 3])).toBeNull();
    expect(normalize(3, p, 'higher-is-better', undefined)).toBeNull();
  });

  it('category: the mapped score, the default for others, else missing; numbers are not categories', () => {
    const c = { type: 'category', map: { red: 0, yellow: 50, green: 100 } } as const;
    expect(['red', 'yellow', 'green', 'blue'].map((v) => normalize(v, c, 'higher-is-better'))).toEqual([0, 50, 100, null]);
    expect(normalize('blue', { ...c, default: 30 }, 'higher-is-better')).toBe(30);
    expect(normalize(1, c, 'higher-is-better')).toBeNull();
  });

  it('boolean: non-zero is yes; the better answer scores 100', () => {
    const b = { type: 'boolean' } as const;
    expect([normalize(1, b, 'higher-is-better'), normalize(0, b, 'higher-is-better'), normalize(1, b, 'lower-is-better'), normalize(0, b, 'lower-is-better')]).toEqual([100, 0, 0, 100]);
  });

  it('gives null for no value, text where a number is due, or non-finite numbers', () => {
    const l = { type: 'linear', min: 0, max: 1 } as const;
    expect([normalize(null, l, 'higher-is-better'), normalize('x', l, 'higher-is-better'), normalize(Number.NaN, l, 'higher-is-better')]).toEqual([null, null, null]);
  });

  it('knows the worst and best value of each normalizer', () => {
    expect(normalizerBounds({ type: 'linear', min: 0, max: 1 })).toEqual([0, 100]);
    expect(normalizerBounds({ type: 'piecewise', points: [[0, 90], [5, 20]] })).toEqual([20, 90]);
    expect(normalizerBounds({ type: 'category', map: { a: 10, b: 70 }, default: 40 })).toEqual([10, 70]);
  });
});
