import type { RawValue } from '../metric-definition.js';
import { clampScore } from './clamp-score.js';
import { normalizeBoolean } from './normalize-boolean.js';
import { normalizeCategory } from './normalize-category.js';
import { normalizeLinear } from './normalize-linear.js';
import { normalizePercentile } from './normalize-percentile.js';
import { normalizePiecewise } from './normalize-piecewise.js';
import { normalizeThresholds } from './normalize-thresholds.js';
import type { Direction, NormalizerConfig } from './normalizer-config.js';

/**
 * A raw metric value on the 0..100 scale; null when there is no value (or no population for a
 * percentile, or an unmapped category). Category normalizers take text, the rest numbers.
 */
export function normalize(value: RawValue, config: NormalizerConfig, direction: Direction, population?: readonly number[]): number | null {
  if (value === null) return null;
  if (config.type === 'category') return typeof value === 'string' ? normalizeCategory(value, config.map, config.default) : null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  switch (config.type) {
    case 'thresholds':
      return clampScore(normalizeThresholds(value, config));
    case 'linear':
      return clampScore(normalizeLinear(value, config, direction));
    case 'piecewise':
      return clampScore(normalizePiecewise(value, config.points));
    case 'percentile':
      return normalizePercentile(value, population, direction, config.minPopulation);
    case 'boolean':
      return normalizeBoolean(value, direction);
  }
}

/** The worst and best normalized values a normalizer can give: what the confidence range assumes for missing data. */
export function normalizerBounds(config: NormalizerConfig): readonly [number, number] {
  switch (config.type) {
    case 'piecewise': {
      const scores = config.points.map((p) => p[1]);
      return [Math.min(...scores), Math.max(...scores)];
    }
    case 'category': {
      const scores = [...Object.values(config.map), ...(config.default === undefined ? [] : [config.default])];
      return [Math.min(...scores), Math.max(...scores)];
    }
    default:
      return [0, 100];
  }
}
