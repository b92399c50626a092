export const AGGREGATIONS = ['avg', 'median', 'min', 'max', 'sum', 'latest'] as const;
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
    default:
      throw new RangeError(`unknown aggregation ${how}`);
  }
}

/** The relative change from a baseline to a recent value: -0.25 is a 25 % fall. */
export function relativeChange(recent: number | null, baseline: number | null): number | null {
  if (recent === null || baseline === null) return null;
  if (baseline === 0) return recent === 0 ? 0 : null;
  return (recent - baseline) / Math.abs(baseline);
}
