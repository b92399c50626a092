/**
 * Sorted runs of rows as one sorted list. Most runs after the first are empty or short
 * (history holds only the versions that changed), so the common case copies nothing.
 */
export function mergeRuns<R>(runs: ReadonlyArray<R[]>, compare: (a: R, b: R) => number): R[] {
  const nonEmpty = runs.filter((r) => r.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  let merged = nonEmpty[0]!;
  for (const run of nonEmpty.slice(1)) merged = mergeTwo(merged, run, compare);
  return merged;
}

function mergeTwo<R>(a: readonly R[], b: readonly R[], compare: (a: R, b: R) => number): R[] {
  const out = new Array<R>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
