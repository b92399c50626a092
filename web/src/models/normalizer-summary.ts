import { formatNumber } from './describe-value.ts';
import type { NormalizerDefinition } from './model-definition.ts';

/** A normalizer in a table cell: "red 30 · yellow 10 · green 2" (the sentences are on How scores work). */
export function normalizerSummary(n: NormalizerDefinition): string {
  const f = formatNumber;
  switch (n.type) {
    case 'thresholds':
      return `red ${f(n.red)} · yellow ${f(n.yellow)} · green ${f(n.green)}`;
    case 'linear':
      return `linear from ${f(n.min)} to ${f(n.max)}`;
    case 'piecewise':
      return `curve ${n.points.map(([x, s]) => `${f(x)} → ${f(s)}`).join(', ')}`;
    case 'percentile':
      return `percentile among ${n.within === 'segment' ? 'the segment' : 'all accounts'} (at least ${n.minPopulation})`;
    case 'category':
      return `${Object.entries(n.map).map(([k, s]) => `${k} ${f(s)}`).join(' · ')}${n.default === undefined ? '' : ` · other ${f(n.default)}`}`;
    case 'boolean':
      return 'yes / no';
  }
}
