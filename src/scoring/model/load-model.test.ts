import { describe, expect, it } from 'vitest';
import { BANDS } from '../test-support/signals-fixture.js';
import { formatModelIssue } from './model-error.js';
import { loadModel } from './load-model.js';

const VALID = `name: tiny
${BANDS}
scorecards:
  health:
    components:
      billing:
        weight: 1
        metrics:
          - metric: days-late
            window: 90d
            direction: lower-is-better
            normalizer: { type: thresholds, red: 30, yellow: 10, green: 2 }
`;

/** The model's issues as the CLI prints them. */
function issues(text: string): string[] {
  const r = loadModel(text);
  return r.ok ? [] : r.errors.map((e) => formatModelIssue(e, 'model.yaml'));
}

describe('loadModel', () => {
  it('loads a valid model and versions it by content, not layout', () => {
    const r = loadModel(VALID);
    expect(r.ok).toBe(true);
    const relaid = loadModel(`# a comment\n${VALID.replace('{ type: thresholds, red: 30, yellow: 10, green: 2 }', '\n              type: thresholds\n              red: 30\n              yellow: 10\n              green: 2')}`);
    const changed = loadModel(VALID.replace('red: 30', 'red: 31'));
    expect(r.ok && relaid.ok && r.version === relaid.version).toBe(true);
    expect(r.ok && changed.ok && r.version !== changed.version).toBe(true);
    expect(r.ok && r.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('names an unknown metric with its path and line, and suggests the closest', () => {
    expect(issues(VALID.replace('metric: days-late', 'metric: days-lat'))).toMatchInlineSnapshot(`
      [
        "model.yaml:15: scorecards.health.components.billing.metrics[0].metric: unknown metric "days-lat" (did you mean "days-late"?) [unknown_metric]",
      ]
    `);
  });

  it('rejects a weight that does not parse', () => {
    expect(issues(VALID.replace('weight: 1', 'weight: heavy'))).toMatchInlineSnapshot(`
      [
        "model.yaml:13: scorecards.health.components.billing.weight: weight "heavy" is not a number [invalid_weight]",
      ]
    `);
  });

  it('rejects overlapping and gapped bands', () => {
    expect(issues(VALID.replace('{ name: Neutral, min: 50, max: 75 }', '{ name: Neutral, min: 45, max: 75 }'))).toMatchInlineSnapshot(`
      [
        "model.yaml:5: bands[1].min: band "Neutral" (45–75) overlaps "At risk" (25–50) [band_overlap]",
      ]
    `);
    expect(issues(VALID.replace('{ name: Neutral, min: 50, max: 75 }', '{ name: Neutral, min: 55, max: 75 }'))).toMatchInlineSnapshot(`
      [
        "model.yaml:5: bands[1].min: no band covers 50 to 55, between "At risk" and "Neutral" [band_gap]",
      ]
    `);
    expect(issues(VALID.replace('{ name: Healthy, min: 75, max: 100 }', '{ name: Healthy, min: 75, max: 95 }'))).toMatchInlineSnapshot(`
      [
        "model.yaml:4: bands[0].max: no band covers 95 to 100 [band_gap]",
      ]
    `);
  });

  it('rejects a segment on an unknown attribute, component or metric', () => {
    const seg = `${VALID}attributes: [region]
segments:
  - name: big
    match: { tier: premium, regoin: EMEA }
    scorecards:
      health:
        components: { suport: { weight: 2 } }
        metrics: { days-lte: { weight: 2 } }
      churn: {}
`;
    expect(issues(seg)).toMatchInlineSnapshot(`
      [
        "model.yaml:22: segments[0].match.regoin: accounts have no attribute "regoin" (did you mean "region"?); custom attributes must be listed under attributes: [unknown_attribute]",
        "model.yaml:25: segments[0].scorecards.health.components.suport: scorecard health has no component "suport" [unknown_component]",
        "model.yaml:26: segments[0].scorecards.health.metrics.days-lte: scorecard health has no metric "days-lte" (did you mean "days-late"?) [unknown_metric_ref]",
        "model.yaml:27: segments[0].scorecards.churn: the model has no scorecard "churn" [unknown_scorecard]",
      ]
    `);
  });

  it('checks windows, aggregations and thresholds against the metric', () => {
    expect(issues(VALID.replace('window: 90d', 'window: 30d vs previous 90d'))).toMatchInlineSnapshot(`
      [
        "model.yaml:16: scorecards.health.components.billing.metrics[0].window: days-late needs a span window such as 90d, not "30d vs previous 90d" [unsupported_window]",
      ]
    `);
    expect(issues(VALID.replace('window: 90d', 'window: quarterly'))).toMatchInlineSnapshot(`
      [
        "model.yaml:16: scorecards.health.components.billing.metrics[0].window: "quarterly" is not a window (e.g. 90d, 12w, 6m, or "30d vs previous 90d") [invalid_window]",
      ]
    `);
    expect(issues(VALID.replace('window: 90d', 'window: 90d\n            aggregation: sum'))).toMatchInlineSnapshot(`
      [
        "model.yaml:17: scorecards.health.components.billing.metrics[0].aggregation: days-late has no aggregation "sum" (it has avg, max) [unsupported_aggregation]",
      ]
    `);
    expect(issues(VALID.replace('direction: lower-is-better', 'direction: higher-is-better'))).toMatchInlineSnapshot(`
      [
        "model.yaml:18: scorecards.health.components.billing.metrics[0].normalizer: thresholds fall from red to green but direction is higher-is-better [thresholds_out_of_order]",
      ]
    `);
    expect(issues(VALID.replace('yellow: 10', 'yellow: 40'))).toMatchInlineSnapshot(`
      [
        "model.yaml:18: scorecards.health.components.billing.metrics[0].normalizer: red 30, yellow 40, green 2 must rise or fall steadily [thresholds_out_of_order]",
      ]
    `);
  });

  it('rejects unknown settings, missing ones and bad normalizer types', () => {
    expect(issues(VALID.replace('window: 90d', 'windw: 90d'))).toMatchInlineSnapshot(`
      [
        "model.yaml:16: scorecards.health.components.billing.metrics[0].windw: "windw" is not a setting here [unknown_field]",
      ]
    `);
    expect(issues(VALID.replace('name: tiny\n', ''))).toMatchInlineSnapshot(`
      [
        "model.yaml:2: name: name is required [missing_field]",
      ]
    `);
    expect(issues(VALID.replace('type: thresholds', 'type: sigmoid'))).toMatchInlineSnapshot(`
      [
        "model.yaml:18: scorecards.health.components.billing.metrics[0].normalizer.type: type must be one of thresholds, linear, piecewise, percentile, category, boolean [invalid_normalizer]",
      ]
    `);
  });

  it('rejects a category normalizer on a numeric metric and unknown categories', () => {
    expect(issues(VALID.replace('{ type: thresholds, red: 30, yellow: 10, green: 2 }', '{ type: category, map: { late: 0 } }'))).toMatchInlineSnapshot(`
      [
        "model.yaml:18: scorecards.health.components.billing.metrics[0].normalizer.type: days-late yields numbers; a category normalizer needs a category metric [invalid_normalizer]",
      ]
    `);
    const pulse = VALID.replace('metric: days-late', 'metric: pulse').replace('{ type: thresholds, red: 30, yellow: 10, green: 2 }', '{ type: category, map: { red: 0, amber: 50 } }');
    expect(issues(pulse)).toMatchInlineSnapshot(`
      [
        "model.yaml:18: scorecards.health.components.billing.metrics[0].normalizer.map.amber: pulse has no category "amber" (it has red, yellow, green) [invalid_normalizer]",
      ]
    `);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(issues('name: x\nbands: [\n  { name: a\nscorecards: {}\n')).toMatchInlineSnapshot(`
      [
        "model.yaml:4: Flow map in block collection must be sufficiently indented and end with a } [yaml_syntax]",
        "model.yaml:4: Flow sequence in block collection must be sufficiently indented and end with a ] [yaml_syntax]",
      ]
    `);
    expect(issues('name: x\nname: y\n')).toMatchInlineSnapshot(`
      [
        "model.yaml:2: Map keys must be unique [yaml_syntax]",
      ]
    `);
  });

  it('reports duplicate metric ids and a custom metric without its series', () => {
    const dup = VALID.replace(
      '            normalizer: { type: thresholds, red: 30, yellow: 10, green: 2 }\n',
      '            normalizer: { type: thresholds, red: 30, yellow: 10, green: 2 }\n          - { metric: days-late, direction: lower-is-better, normalizer: { type: linear, min: 0, max: 30 } }\n          - { metric: custom, normalizer: { type: linear, min: 0, max: 30 } }\n',
    );
    expect(issues(dup)).toMatchInlineSnapshot(`
      [
        "model.yaml:19: scorecards.health.components.billing.metrics[1].metric: metric id "days-late" is already used in component billing; set id: on one of them [duplicate_metric]",
        "model.yaml:20: scorecards.health.components.billing.metrics[2]: custom needs series: the name of the imported metric values [missing_series]",
      ]
    `);
  });
});
