import { METRIC_CATALOGUE } from '../metrics/metric-catalogue.js';
import { parseWindow } from '../metric-window.js';
import { normalizerBounds } from '../normalizers/normalize.js';
import type { NormalizerConfig } from '../normalizers/normalizer-config.js';
import type { CompiledMetric, CompiledModel, CompiledScorecard, CompiledSegment, SegmentMatcher } from './compiled-model.js';
import { metricIdOf } from './metric-id.js';
import type { ModelDefinition, Segment } from './model-schema.js';
import { modelVersion } from './model-version.js';

type ScorecardDefinition = ModelDefinition['scorecards'][string];
type SegmentOverrides = Segment['scorecards'][string];

/** Resolves a checked definition (see `checkModel`); names that do not resolve are a bug here. */
export function compileModel(def: ModelDefinition): CompiledModel {
  const base = Object.entries(def.scorecards).map(([name, card]) => compileScorecard(def, name, card, undefined));
  return {
    name: def.name,
    version: modelVersion(def),
    definition: def,
    bands: def.bands,
    evidenceLimit: def.evidenceLimit,
    rollUp: def.rollUp,
    scorecards: base,
    segments: def.segments.map((seg): CompiledSegment => ({
      name: seg.name,
      matchers: Object.entries(seg.match).map(([attribute, expected]) => matcher(attribute, expected)),
      scorecards: Object.entries(def.scorecards).map(([name, card]) => compileScorecard(def, name, card, seg.scorecards[name])),
    })),
  };
}

function compileScorecard(def: ModelDefinition, name: string, card: ScorecardDefinition, overrides: SegmentOverrides | undefined): CompiledScorecard {
  return {
    name,
    label: card.label ?? name,
    invert: card.invert,
    bands: card.bands ?? def.bands,
    components: Object.entries(card.components).map(([cn, comp]) => ({
      name: cn,
      weight: overrides?.components[cn]?.weight ?? comp.weight,
      metrics: comp.metrics.map((use): CompiledMetric => {
        const definition = METRIC_CATALOGUE.get(use.metric);
        if (!definition) throw new RangeError(`unknown metric ${use.metric}`);
        const id = metricIdOf(use);
        const windowText = definition.windows.length === 0 ? undefined : (use.window ?? definition.defaultWindow);
        const window = windowText === undefined ? undefined : parseWindow(windowText);
        const aggregation = use.aggregation ?? definition.aggregations[0];
        const normalizer = (overrides?.metrics[id]?.normalizer ?? use.normalizer) as NormalizerConfig;
        const [lo, hi] = normalizerBounds(normalizer);
        const decay = use.decay === false ? null : (use.decay ?? def.decay);
        return {
          id,
          component: cn,
          definition,
          window,
          params: { aggregation, ...(use.series === undefined ? {} : { series: use.series }) },
          direction: use.direction,
          weight: overrides?.metrics[id]?.weight ?? use.weight,
          normalizer,
          bounds: card.invert ? [100 - hi, 100 - lo] : [lo, hi],
          decay,
          rawKey: [definition.name, window?.text ?? '', aggregation, use.series ?? ''].join('|'),
        };
      }),
    })),
  };
}

function matcher(attribute: string, expected: Segment['match'][string]): SegmentMatcher {
  if (typeof expected === 'object' && !Array.isArray(expected)) {
    const { min = -Infinity, max = Infinity } = expected;
    return { attribute, test: (v) => typeof v === 'number' && v >= min && v < max };
  }
  const wanted = new Set((Array.isArray(expected) ? expected : [expected]).map(canon));
  return { attribute, test: (v) => v !== undefined && v !== null && wanted.has(canon(v as string | number | boolean)) };
}

/** Matching ignores case and spaces versus `_`, as imports do for choices. */
function canon(v: string | number | boolean): string {
  return String(v).trim().toLowerCase().replace(/[\s-]+/g, '_');
}
