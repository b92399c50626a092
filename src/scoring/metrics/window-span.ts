import { type MetricWindow, windowBounds } from '../metric-window.js';

/** The (from, to] bounds of a span window; the engine always passes one to windowed metrics. */
export function windowSpan(window: MetricWindow | undefined, asOfMs: number): readonly [number, number] {
  if (!window) throw new RangeError('this metric needs a window');
  return windowBounds(window, asOfMs).recent;
}

/** The recent and baseline spans of a trend window. */
export function trendSpans(window: MetricWindow | undefined, asOfMs: number): { recent: readonly [number, number]; baseline: readonly [number, number] } {
  if (!window || window.kind !== 'trend') throw new RangeError('this metric needs a trend window such as "30d vs previous 90d"');
  const b = windowBounds(window, asOfMs);
  return { recent: b.recent, baseline: b.baseline ?? b.recent };
}
