import { BANDS } from './signals-fixture.js';

/** The metric entries the engine and explain tests score with, as they stand in a component's `metrics:` list. */
export const HEALTH_METRICS = {
  /** 0 days late → 100, 40 or more → 0. */
  daysLate: '{ metric: days-late, window: 365d, direction: lower-is-better, normalizer: { type: linear, min: 0, max: 40 } }',
  /** A ratio of 1 → 100. */
  activeUserRatio: '{ metric: active-user-ratio, window: 30d, normalizer: { type: linear, min: 0, max: 1 } }',
  /** 10 features → 100. */
  featureBreadth: '{ metric: feature-breadth, window: 30d, normalizer: { type: linear, min: 0, max: 10 } }',
  nps: '{ metric: nps, window: 365d, normalizer: { type: thresholds, red: -30, yellow: 0, green: 30 } }',
  /** red 0, yellow 50, green 100. */
  pulse: '{ metric: pulse, window: 365d, normalizer: { type: category, map: { red: 0, yellow: 50, green: 100 } } }',
} as const;

export interface HealthComponent {
  readonly weight: number;
  readonly metrics: readonly string[];
}

/**
 * The YAML of a model with the test bands and one `health` scorecard of these components, in
 * order; `preamble` (decay, segments) goes before the scorecards.
 * @example modelFrom(healthModelYaml('tiny', { billing: { weight: 1, metrics: [HEALTH_METRICS.daysLate] } }))
 */
export function healthModelYaml(name: string, components: Readonly<Record<string, HealthComponent>>, preamble = ''): string {
  const lines = Object.entries(components).flatMap(([component, { weight, metrics }]) => [
    `      ${component}:`,
    `        weight: ${weight}`,
    '        metrics:',
    ...metrics.map((m) => `          - ${m}`),
  ]);
  return `name: ${name}\n${BANDS}\n${preamble}scorecards:\n  health:\n    components:\n${lines.join('\n')}\n`;
}
