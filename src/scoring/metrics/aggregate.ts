export const AGGREGATIONS = ['avg', 'median', 'p90', 'min', 'max', 'sum', 'latest'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Aggregates values given oldest first; null for none. */
export function aggregate(values: readonly number[], how: string): number | null {
  const n = values.length;
  if (n === 0) return null;
  switch (how) {
    case 'latest':
      return values[n - 1] as number;
    case 'sum':
    case 'avg': {
      let sum = 0;
      for (const v of values) sum += v;
      return how === 'sum' ? sum : sum / n;
    }
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    case 'median': {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = n >> 1;
      return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
    }
    case 'p90':
      return quantile(values, 0.9);
    default:
      throw new RangeError(`unknown aggregation ${how}`);
  }
}

/**
 * The q-quantile (0..1) of values, interpolated between the two nearest ranks as spreadsheets
 * and numpy do; null for none.
 * @example quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9) // 9.1
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * q;
  const lo = Math.floor(rank);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (above - below) * (rank - lo);
}

/** The relative change from a baseline to a recent value: -0.25 is a 25 % fall. */
export function relativeChange(recent: number | null, baseline: number | null): number | null {
  if (recent === null || baseline === null) return null;
  if (baseline === 0) return recent === 0 ? 0 : null;
  return (recent - baseline) / Math.abs(baseline);
}
