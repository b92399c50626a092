import type { ComponentScore, Driver } from '../../domain/index.js';

const PER_SIDE = 3;

/**
 * The metrics that moved the score most away from neutral (50): up to three pulling it down,
 * then up to three lifting it, largest first. Children of a rolled-up parent come first.
 */
export function driversOf(components: readonly ComponentScore[]): Driver[] {
  const metrics: Driver[] = [];
  const children: Driver[] = [];
  for (const c of components) {
    for (const m of c.metrics) {
      if (m.normalized === null) continue;
      const kind = m.catalogue === CHILD_METRIC ? 'child' : 'metric';
      const d: Driver = { kind, id: m.metric, component: c.component, impact: m.impact, direction: m.impact < 0 ? 'negative' : 'positive' };
      if (kind === 'child') children.push(d);
      else if (m.impact !== 0) metrics.push(d);
    }
  }
  const byMagnitude = (a: Driver, b: Driver) => Math.abs(b.impact) - Math.abs(a.impact) || a.id.localeCompare(b.id);
  const negative = metrics.filter((d) => d.impact < 0).sort(byMagnitude).slice(0, PER_SIDE);
  const positive = metrics.filter((d) => d.impact > 0).sort(byMagnitude).slice(0, PER_SIDE);
  return [...children.sort(byMagnitude), ...negative, ...positive];
}

/** The catalogue name recorded for a child account's share of a rolled-up score. */
export const CHILD_METRIC = 'child-score';
