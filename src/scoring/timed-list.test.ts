import { describe, expect, it } from 'vitest';
import { itemsBetween, timedList } from './timed-list.js';

describe('timedList', () => {
  it('sorts by time (stably), drops times after the limit or NaN, and windows are (from, to]', () => {
    const list = timedList([{ t: 5, n: 'a' }, { t: 1, n: 'b' }, { t: 5, n: 'c' }, { t: 9, n: 'late' }, { t: Number.NaN, n: 'bad' }, { t: 3, n: 'd' }], (r) => r.t, 8);
    expect(list.items.map((r) => r.n)).toEqual(['b', 'd', 'a', 'c']);
    expect(itemsBetween(list, 1, 5).map((r) => r.n)).toEqual(['d', 'a', 'c']);
    expect(itemsBetween(list, 5, 8)).toEqual([]);
  });

  it('says when the earliest record left out for being too late would come in', () => {
    const list = timedList([{ t: 12 }, { t: 1 }, { t: 9 }, { t: Number.NaN }], (r) => r.t, 8);
    expect(list.after).toBe(9);
    expect(timedList([{ t: 1 }, { t: Number.NaN }], (r) => r.t, 8).after).toBe(Infinity);
  });
});
