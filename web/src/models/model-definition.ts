import type { Schemas } from '../api/api.ts';

/** The active model as the API sends it: validated, defaults filled in (src/scoring/model/model-schema.ts). */
export type ModelDefinition = Schemas['ModelDetail']['definition'];
export type ScorecardDefinition = ModelDefinition['scorecards'][string];
export type ComponentDefinition = ScorecardDefinition['components'][string];
export type MetricUse = ComponentDefinition['metrics'][number];
export type NormalizerDefinition = MetricUse['normalizer'];
export type Direction = MetricUse['direction'];
export type BandDefinition = ModelDefinition['bands'][number];
export type SegmentDefinition = ModelDefinition['segments'][number];

/** A metric's id in results and in segment overrides: `id`, else its name (with the series for custom metrics), as `metricIdOf` in the engine. */
export function metricIdOf(use: Pick<MetricUse, 'metric' | 'id' | 'series'>): string {
  return use.id ?? (use.series === undefined ? use.metric : `${use.metric}:${use.series}`);
}
