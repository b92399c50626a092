import { describe, expect, it } from 'vitest';
import { timeMs } from '../time-ms.js';
import { ageInDays, decayFactor, nextDecayStep } from './decay-factor.js';

describe('decayFactor', () => {
  const decay = { halfLifeDays: 90, staleAfterDays: 45 };
  it('is 1 until the staleness limit, then halves every half-life', () => {
    expect([0, 45, 135, 225].map((age) => decayFactor(age, decay))).toEqual([1, 1, 0.5, 0.25]);
  });
  it('does not decay values without an observation time, or with decay off', () => {
    expect(decayFactor(undefined, decay)).toBe(1);
    expect(decayFactor(1000, null)).toBe(1);
  });
  it('counts age in whole days, never negative', () => {
    expect(ageInDays('2025-06-01', timeMs('2025-06-30T23:59:59.999Z'), timeMs)).toBe(29);
    expect(ageInDays('2025-06-01', timeMs('2025-07-01T00:00:00.000Z'), timeMs)).toBe(30);
    expect(ageInDays('2025-07-05', timeMs('2025-07-01T00:00:00.000Z'), timeMs)).toBe(0);
    expect(ageInDays('not a date', 0, timeMs)).toBeUndefined();
  });
});

describe('nextDecayStep', () => {
  const decay = { halfLifeDays: 90, staleAfterDays: 45 };
  it('is the first whole day of age past the staleness limit, then every next whole day', () => {
    expect(nextDecayStep('2025-01-01', timeMs('2025-01-10T15:00:00.000Z'), decay, timeMs)).toBe(timeMs('2025-02-16'));
    expect(nextDecayStep('2025-01-01', timeMs('2025-03-01T15:00:00.000Z'), decay, timeMs)).toBe(timeMs('2025-03-02'));
    expect(nextDecayStep('2025-01-01T06:00:00.000Z', timeMs('2025-02-16T06:00:00.000Z'), { halfLifeDays: 9, staleAfterDays: 45.5 }, timeMs)).toBe(timeMs('2025-02-17T06:00:00.000Z'));
  });
  it('counts from the observation when it is dated after asOf, and never for values that do not decay', () => {
    expect(nextDecayStep('2025-02-01', timeMs('2025-01-10'), decay, timeMs)).toBe(timeMs('2025-03-19'));
    expect(nextDecayStep(undefined, 0, decay, timeMs)).toBe(Infinity);
    expect(nextDecayStep('2025-01-01', 0, null, timeMs)).toBe(Infinity);
  });
});
