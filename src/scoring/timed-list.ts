/** Records sorted by a time, with the times in a typed array for binary search. */
export interface TimedList<T> {
  readonly items: readonly T[];
  readonly times: Float64Array;
}

/** Sorts records by `timeOf` (ms), dropping those whose time is NaN or after `untilMs`. */
export function timedList<T>(records: readonly T[], timeOf: (r: T) => number, untilMs: number): TimedList<T> {
  const pairs: { t: number; r: T }[] = [];
  for (const r of records) {
    const t = timeOf(r);
    if (t <= untilMs) pairs.push({ t, r });
  }
  pairs.sort((a, b) => a.t - b.t);
  const times = new Float64Array(pairs.length);
  const items = new Array<T>(pairs.length);
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i] as { t: number; r: T };
    times[i] = p.t;
    items[i] = p.r;
  }
  return { items, times };
}

/** The first index whose time is greater than `ms`. */
export function upperBound(times: Float64Array, ms: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The records with a time in (fromMs, toMs]: windows end at asOf and include it. */
export function itemsBetween<T>(list: TimedList<T>, fromMs: number, toMs: number): readonly T[] {
  const lo = upperBound(list.times, fromMs);
  const hi = upperBound(list.times, toMs);
  return lo === 0 && hi === list.items.length ? list.items : list.items.slice(lo, hi);
}

/** The last record at or before `ms`, if any. */
export function lastAtOrBefore<T>(list: TimedList<T>, ms: number): T | undefined {
  const i = upperBound(list.times, ms);
  return i > 0 ? list.items[i - 1] : undefined;
}
