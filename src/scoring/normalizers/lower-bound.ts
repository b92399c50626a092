/**
 * The first index of an ascending array whose value is not below `value` (its length when none):
 * how many values are smaller.
 * @example lowerBound([1, 2, 2, 3], 2) // 1
 */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
