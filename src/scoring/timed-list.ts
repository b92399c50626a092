/** Records sorted by a time, with the times in a typed array for binary search. */
export interface TimedList<T> {
  readonly items: readonly T[];
  readonly times: Float64Array;
  /** The earliest time after `untilMs` among the records left out, Infinity when none: when the list would next grow. */
  readonly after: number;
}

/** Sorts records by `timeOf` (ms), dropping those whose time is NaN or after `untilMs`. */
export function timedList<T>(records: readonly T[], timeOf: (r: T) => number, untilMs: number): TimedList<T> {
  const keep: number[] = [];
  const all = new Float64Array(records.length);
  let sorted = true;
  let last = -Infinity;
  let after = Infinity;
  for (let i = 0; i < records.length; i++) {
    const t = timeOf(records[i] as T);
    all[i] = t;
    if (!(t <= untilMs)) {
      if (t < after) after = t;
      continue;
    }
    if (t < last) sorted = false;
    last = t;
    keep.push(i);
  }
  // The store returns records in time order, so the sort is usually skipped.
  if (!sorted) keep.sort((a, b) => (all[a] as number) - (all[b] as number) || a - b);
  const times = new Float64Array(keep.length);
  const items = new Array<T>(keep.length);
  for (let k = 0; k < keep.length; k++) {
    const i = keep[k] as number;
    times[k] = all[i] as number;
    items[k] = records[i] as T;
  }
  return { items, times, after };
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
