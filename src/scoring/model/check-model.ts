import { METRIC_CATALOGUE } from '../metrics/metric-catalogue.js';
import { parseWindow } from '../metric-window.js';
import { checkNormalizer, type RawIssue } from './check-normalizer.js';
import { didYouMean } from './did-you-mean.js';
import { metricIdOf } from './metric-id.js';
import type { Band, MetricUse, ModelDefinition } from './model-schema.js';
import { NUMERIC_SEGMENT_ATTRIBUTES, SEGMENT_ATTRIBUTES } from './segment-attributes.js';
import type { IssuePath } from './yaml-location.js';

/** The checks a schema cannot make: names against the catalogue, windows, bands, segments. */
export function checkModel(model: ModelDefinition): RawIssue[] {
  const issues: RawIssue[] = [];
  issues.push(...checkBands(model.bands, ['bands']));
  const scorecards = Object.entries(model.scorecards);
  if (scorecards.length === 0) issues.push({ path: ['scorecards'], code: 'missing_field', message: 'the model needs at least one scorecard' });
  for (const [sc, card] of scorecards) {
    if (card.bands) issues.push(...checkBands(card.bands, ['scorecards', sc, 'bands']));
    const components = Object.entries(card.components);
    if (components.length === 0) issues.push({ path: ['scorecards', sc, 'components'], code: 'missing_field', message: 'a scorecard needs at least one component' });
    else if (components.every(([, c]) => c.weight === 0)) issues.push({ path: ['scorecards', sc, 'components'], code: 'zero_weights', message: 'every component weight is 0' });
    const seen = new Map<string, string>();
    for (const [cn, comp] of components) {
      if (comp.metrics.every((m) => m.weight === 0)) issues.push({ path: ['scorecards', sc, 'components', cn, 'metrics'], code: 'zero_weights', message: 'every metric weight is 0' });
      comp.metrics.forEach((use, i) => {
        const path = ['scorecards', sc, 'components', cn, 'metrics', i];
        issues.push(...checkMetricUse(use, path));
        const id = metricIdOf(use);
        const where = seen.get(id);
        if (where) issues.push({ path: [...path, use.id ? 'id' : 'metric'], code: 'duplicate_metric', message: `metric id "${id}" is already used in ${where}; set id: on one of them` });
        else seen.set(id, `component ${cn}`);
      });
    }
  }
  issues.push(...checkSegments(model));
  return issues;
}

function checkMetricUse(use: MetricUse, path: IssuePath): RawIssue[] {
  const def = METRIC_CATALOGUE.get(use.metric);
  if (!def) return [{ path: [...path, 'metric'], code: 'unknown_metric', message: `unknown metric "${use.metric}"${didYouMean(use.metric, METRIC_CATALOGUE.keys())}` }];
  const issues: RawIssue[] = [];
  if (use.window !== undefined) {
    const w = parseWindow(use.window);
    if (!w) issues.push({ path: [...path, 'window'], code: 'invalid_window', message: `"${use.window}" is not a window (e.g. 90d, 12w, 6m, or "30d vs previous 90d")` });
    else if (def.windows.length === 0) issues.push({ path: [...path, 'window'], code: 'unsupported_window', message: `${def.name} is measured as of asOf and takes no window` });
    else if (!def.windows.includes(w.kind))
      issues.push({ path: [...path, 'window'], code: 'unsupported_window', message: `${def.name} needs a ${def.windows.join(' or ')} window${def.windows.includes('trend') ? ' such as "30d vs previous 90d"' : ' such as 90d'}, not "${use.window}"` });
  }
  if (use.aggregation !== undefined && !def.aggregations.includes(use.aggregation)) {
    issues.push({ path: [...path, 'aggregation'], code: 'unsupported_aggregation', message: `${def.name} has no aggregation "${use.aggregation}" (it has ${def.aggregations.join(', ')})` });
  }
  if (def.needsSeries && use.series === undefined) issues.push({ path, code: 'missing_series', message: `${def.name} needs series: the name of the imported metric values` });
  if (!def.needsSeries && use.series !== undefined) issues.push({ path: [...path, 'series'], code: 'invalid_value', message: `${def.name} does not read a custom series` });
  issues.push(...checkNormalizer(use.normalizer, def, use.direction, [...path, 'normalizer']));
  return issues;
}

/** Bands must tile 0..100: sorted by min, each starting where the previous ends. */
export function checkBands(bands: readonly Band[], path: IssuePath): RawIssue[] {
  const issues: RawIssue[] = [];
  const order = bands.map((b, i) => ({ b, i })).sort((x, y) => x.b.min - y.b.min || x.b.max - y.b.max);
  const names = new Set<string>();
  for (const { b, i } of order) {
    if (names.has(b.name)) issues.push({ path: [...path, i, 'name'], code: 'duplicate_name', message: `band "${b.name}" appears twice` });
    names.add(b.name);
    if (!(b.min < b.max)) issues.push({ path: [...path, i], code: 'invalid_value', message: `band "${b.name}" has min ${b.min} not below max ${b.max}` });
  }
  const first = order[0];
  if (first && first.b.min > 0) issues.push({ path: [...path, first.i, 'min'], code: 'band_gap', message: `no band covers 0 to ${first.b.min}` });
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1] as (typeof order)[number];
    const cur = order[k] as (typeof order)[number];
    if (cur.b.min < prev.b.max) issues.push({ path: [...path, cur.i, 'min'], code: 'band_overlap', message: `band "${cur.b.name}" (${cur.b.min}–${cur.b.max}) overlaps "${prev.b.name}" (${prev.b.min}–${prev.b.max})` });
    else if (cur.b.min > prev.b.max) issues.push({ path: [...path, cur.i, 'min'], code: 'band_gap', message: `no band covers ${prev.b.max} to ${cur.b.min}, between "${prev.b.name}" and "${cur.b.name}"` });
  }
  const top = order.reduce<(typeof order)[number] | undefined>((hi, x) => (!hi || x.b.max > hi.b.max ? x : hi), undefined);
  if (top && top.b.max < 100) issues.push({ path: [...path, top.i, 'max'], code: 'band_gap', message: `no band covers ${top.b.max} to 100` });
  return issues;
}

function checkSegments(model: ModelDefinition): RawIssue[] {
  const issues: RawIssue[] = [];
  const attributes = new Set<string>([...SEGMENT_ATTRIBUTES, ...model.attributes]);
  const names = new Set<string>();
  model.segments.forEach((seg, i) => {
    const path = ['segments', i];
    if (names.has(seg.name)) issues.push({ path: [...path, 'name'], code: 'duplicate_name', message: `segment "${seg.name}" appears twice` });
    names.add(seg.name);
    for (const [attr, value] of Object.entries(seg.match)) {
      if (!attributes.has(attr)) {
        issues.push({
          path: [...path, 'match', attr],
          code: 'unknown_attribute',
          message: `accounts have no attribute "${attr}"${didYouMean(attr, attributes)}; custom attributes must be listed under attributes:`,
        });
      } else if (typeof value === 'object' && !Array.isArray(value) && !NUMERIC_SEGMENT_ATTRIBUTES.has(attr) && !model.attributes.includes(attr)) {
        issues.push({ path: [...path, 'match', attr], code: 'invalid_value', message: `${attr} is text; a {min, max} range needs arr, seats or a numeric custom attribute` });
      }
    }
    for (const [sc, o] of Object.entries(seg.scorecards)) {
      const card = model.scorecards[sc];
      if (!card) {
        issues.push({ path: [...path, 'scorecards', sc], code: 'unknown_scorecard', message: `the model has no scorecard "${sc}"${didYouMean(sc, Object.keys(model.scorecards))}` });
        continue;
      }
      for (const cn of Object.keys(o.components)) {
        if (!card.components[cn]) {
          issues.push({ path: [...path, 'scorecards', sc, 'components', cn], code: 'unknown_component', message: `scorecard ${sc} has no component "${cn}"${didYouMean(cn, Object.keys(card.components))}` });
        }
      }
      const uses = new Map(Object.values(card.components).flatMap((c) => c.metrics.map((m) => [metricIdOf(m), m] as const)));
      for (const [id, mo] of Object.entries(o.metrics)) {
        const use = uses.get(id);
        if (!use) {
          issues.push({ path: [...path, 'scorecards', sc, 'metrics', id], code: 'unknown_metric_ref', message: `scorecard ${sc} has no metric "${id}"${didYouMean(id, uses.keys())}` });
          continue;
        }
        const def = METRIC_CATALOGUE.get(use.metric);
        if (def && mo.normalizer) issues.push(...checkNormalizer(mo.normalizer, def, use.direction, [...path, 'scorecards', sc, 'metrics', id, 'normalizer']));
      }
    }
  });
  return issues;
}
