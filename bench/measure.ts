/** What one timed run cost: wall time and the process's peak resident memory so far. */
export interface Timing {
  readonly seconds: number;
  readonly peakRssMb: number;
}

/** Peak resident set of this process since it started, in MB (Linux reports maxRSS in KiB). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Runs `work` and reports its wall time; the process's peak RSS is read after it ends. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T } & Timing> {
  const start = process.hrtime.bigint();
  const result = await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { result, seconds, peakRssMb: peakRssMb() };
}

export function rate(rows: number, seconds: number): number {
  return seconds > 0 ? Math.round(rows / seconds) : 0;
}
