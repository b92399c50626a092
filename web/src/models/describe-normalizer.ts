import { formatNumber, formatValue } from './describe-value.ts';
import type { ValueKind } from './metric-words.ts';
import type { Direction, NormalizerDefinition } from './model-definition.ts';

/**
 * What a normalizer does to a metric's value, in words: which values score red (0 points),
 * yellow (50) and green (100), or how the points follow the value.
 * @example describeNormalizer({ type: 'thresholds', red: 30, yellow: 10, green: 2 }, 'lower-is-better', { kind: 'days' })
 * // "at or above 30 days scores red, 10 yellow, 2 or less green"
 */
export function describeNormalizer(n: NormalizerDefinition, direction: Direction, value: ValueKind): string {
  const v = (x: number, first = false) => formatValue(x, value, first);
  switch (n.type) {
    case 'thresholds': {
      // The anchors say which way is better (checkModel keeps them in line with direction).
      const rising = n.green > n.red;
      return rising
        ? `at or below ${v(n.red, true)} scores red, ${v(n.yellow)} yellow, ${v(n.green)} or more green`
        : `at or above ${v(n.red, true)} scores red, ${v(n.yellow)} yellow, ${v(n.green)} or less green`;
    }
    case 'linear':
      return direction === 'higher-is-better'
        ? `scores 0 points at ${v(n.min, true)} or less and 100 at ${v(n.max)} or more, in proportion in between`
        : `scores 100 points at ${v(n.min, true)} or less and 0 at ${v(n.max)} or more, in proportion in between`;
    case 'piecewise': {
      const last = n.points.length - 1;
      const steps = n.points.map(([x, s], i) => `${formatNumber(s)}${i === 0 ? ' points' : ''} at ${v(x, i === 0)}${i === 0 ? ' or less' : i === last ? ' or more' : ''}`);
      return `scores ${steps.join(', ')}, in proportion in between`;
    }
    case 'percentile': {
      const among = n.within === 'segment' ? 'accounts of the same segment' : 'all accounts';
      const best = direction === 'higher-is-better' ? 'the highest value' : 'the lowest value';
      return `ranked among ${among}: the points are the share of them it beats (ties count half), so ${best} scores near 100; with fewer than ${n.minPopulation} accounts to rank among it counts as missing`;
    }
    case 'category': {
      const entries = Object.entries(n.map).map(([name, s], i) => (i === 0 ? `${name} scores ${formatNumber(s)} points` : `${name} ${formatNumber(s)}`));
      const rest = n.default === undefined ? 'any other value counts as missing' : `any other value scores ${formatNumber(n.default)}`;
      return `${entries.join(', ')}; ${rest}`;
    }
    case 'boolean':
      return direction === 'higher-is-better' ? 'yes scores 100 points, no 0' : 'yes scores 0 points, no 100';
  }
}
