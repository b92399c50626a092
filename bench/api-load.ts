import autocannon from 'autocannon';

export interface LoadSpec {
  readonly base: string;
  readonly key: string;
  readonly nextPath: () => string;
  readonly connections: number;
  readonly seconds: number;
}

export interface LoadFigures {
  readonly responses: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly non2xx: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  readonly statusCodes: Readonly<Record<string, number>>;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

// The run's tracker also emits every client's responses, with the client first.
type Tracker = { on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void };

/**
 * Closed-loop load from autocannon: `connections` clients, each sending its next request
 * as soon as the previous answer arrives, for `seconds`. Every response's latency is kept
 * (autocannon's own histogram reports p90 and p97.5 but no p95), so the percentiles are
 * exact, over all responses, not only the 2xx ones.
 */
export function runLoad(spec: LoadSpec): Promise<LoadFigures> {
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  let non2xx = 0;
  const statusCodes: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const instance = autocannon(
      {
        url: spec.base,
        connections: spec.connections,
        duration: spec.seconds,
        headers: { authorization: `Bearer ${spec.key}` },
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: spec.nextPath() }) }],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const sorted = latencies.slice(0, count).sort();
        resolve({
          responses: count,
          seconds,
          requestsPerSecond: count / seconds,
          p50Ms: percentile(sorted, 0.5),
          p95Ms: percentile(sorted, 0.95),
          p99Ms: percentile(sorted, 0.99),
          maxMs: percentile(sorted, 1),
          non2xx,
          errors: result.errors + result.timeouts,
          statusCodes,
        });
      },
    ) as unknown as Tracker;
    instance.on('response', (_client, status, _bytes, ms) => {
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = ms;
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
      if (status < 200 || status > 299) non2xx++;
    });
  });
}
