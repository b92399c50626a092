import { describe, expect, it } from 'vitest';
import { decayFactor } from './decay-factor.js';

describe('decayFactor', () => {
  const decay = { halfLifeDays: 90, staleAfterDays: 45 };
  it('is 1 until the staleness limit, then halves every half-life', () => {
    expect([0, 45, 135, 225].map((age) => decayFactor(age, decay))).toEqual([1, 1, 0.5, 0.25]);
  });
  it('does not decay values without an observation time, or with decay off', () => {
    expect(decayFactor(undefined, decay)).toBe(1);
    expect(decayFactor(1000, null)).toBe(1);
  });
});
