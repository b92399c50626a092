import { describe, expect, it } from 'vitest';
import type { ValueDrift } from '../metric-definition.js';
import { daysSinceDrift } from '../metrics/days-since.js';
import { DAY_MS } from '../time-ms.js';
import { driftChange } from './drift-change.js';

const T = Date.parse('2025-06-30T00:00:00.000Z');
const below14 = { lo: -Infinity, hi: 14, loIn: false, hiIn: true };

describe('driftChange', () => {
  it('finds when a count of days passes the flat range: 15 days after the last record when 14 still scores the same', () => {
    const last = T - 3 * DAY_MS + 5000;
    expect(driftChange(daysSinceDrift(last), below14, T, Infinity)).toBe(last + 15 * DAY_MS);
    expect(driftChange(daysSinceDrift(last), { ...below14, hiIn: false }, T, Infinity)).toBe(last + 14 * DAY_MS);
  });

  it('stops at the metric’s next change when the value stays in range until then, or moves toward an open end', () => {
    const last = T - 3 * DAY_MS;
    expect(driftChange(daysSinceDrift(last), below14, T, T + 5 * DAY_MS)).toBe(T + 5 * DAY_MS);
    expect(driftChange(daysSinceDrift(last), { lo: 2, hi: Infinity, loIn: true, hiIn: false }, T, T + 400 * DAY_MS)).toBe(T + 400 * DAY_MS);
  });

  it('a value outside any flat range changes at its next step; without a phase the search runs over milliseconds', () => {
    const last = T - 20 * DAY_MS - 7;
    expect(driftChange(daysSinceDrift(last), { lo: 20, hi: 20, loIn: true, hiIn: true }, T, Infinity)).toBe(last + 21 * DAY_MS);
    const noPhase: ValueDrift = { direction: -1, valueAt: (ms) => Math.floor((T + 10 * DAY_MS + 3 - ms) / DAY_MS) };
    expect(driftChange(noPhase, { lo: 7, hi: Infinity, loIn: false, hiIn: false }, T, Infinity)).toBe(T + 2 * DAY_MS + 4);
  });

  it('never looks further than a century ahead: a range edge not reached by then gives the horizon', () => {
    const slow: ValueDrift = { direction: 1, valueAt: (ms) => (ms - T) / (1000 * 365 * DAY_MS) };
    expect(driftChange(slow, { lo: -Infinity, hi: 1, loIn: false, hiIn: true }, T, Infinity)).toBe(T + 100 * 365 * DAY_MS + 1);
  });
});
