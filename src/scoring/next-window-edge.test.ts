import { describe, expect, it } from 'vitest';
import { parseWindow } from './metric-window.js';
import { nextWindowEdge } from './next-window-edge.js';
import { DAY_MS } from './time-ms.js';

const T = Date.parse('2025-06-30T12:00:00.000Z');
const times = (...daysAgo: number[]) => Float64Array.from(daysAgo.map((d) => T - d * DAY_MS).sort((a, b) => a - b));

describe('nextWindowEdge', () => {
  it('a span changes when its oldest record reaches the span’s length, or when a later-dated record comes in', () => {
    expect(nextWindowEdge(times(29, 3), parseWindow('30d'), T)).toBe(T + DAY_MS);
    // 30 days ago exactly is already out: the next to leave is the record 10 days old.
    expect(nextWindowEdge(times(30, 10), parseWindow('30d'), T)).toBe(T + 20 * DAY_MS);
    expect(nextWindowEdge(times(50, -4), parseWindow('30d'), T)).toBe(T + 4 * DAY_MS);
    expect(nextWindowEdge(times(50), parseWindow('30d'), T)).toBe(Infinity);
  });

  it('a trend changes when a recent record moves into the baseline or a baseline record leaves it', () => {
    // recent (T−30d, T], baseline (T−120d, T−30d]
    expect(nextWindowEdge(times(100, 25), parseWindow('30d vs previous 90d'), T)).toBe(T + 5 * DAY_MS);
    expect(nextWindowEdge(times(118, 5), parseWindow('30d vs previous 90d'), T)).toBe(T + 2 * DAY_MS);
  });
});
