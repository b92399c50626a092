import type { MetricUse } from './model-schema.js';

/** A metric's id in results: `id:` if given, else the catalogue name (with the series for custom metrics). */
export function metricIdOf(use: Pick<MetricUse, 'metric' | 'id' | 'series'>): string {
  return use.id ?? (use.series === undefined ? use.metric : `${use.metric}:${use.series}`);
}
