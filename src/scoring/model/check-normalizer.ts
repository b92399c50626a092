import type { MetricDefinition } from '../metric-definition.js';
import type { ModelErrorCode } from './model-error.js';
import type { NormalizerDefinition } from './model-schema.js';
import type { IssuePath } from './yaml-location.js';

export interface RawIssue {
  readonly path: IssuePath;
  readonly code: ModelErrorCode;
  readonly message: string;
}

/** Whether a normalizer fits its metric and direction; issues point into `path` (the normalizer). */
export function checkNormalizer(n: NormalizerDefinition, metric: MetricDefinition, direction: string, path: IssuePath): RawIssue[] {
  const issues: RawIssue[] = [];
  const add = (code: ModelErrorCode, message: string, sub: IssuePath = []) => issues.push({ path: [...path, ...sub], code, message });
  if (metric.valueType === 'category' && n.type !== 'category') {
    add('invalid_normalizer', `${metric.name} yields categories (${(metric.categories ?? []).join(', ')}); use a category normalizer`, ['type']);
    return issues;
  }
  if (metric.valueType === 'number' && n.type === 'category') {
    add('invalid_normalizer', `${metric.name} yields numbers; a category normalizer needs a category metric`, ['type']);
    return issues;
  }
  switch (n.type) {
    case 'thresholds': {
      const rising = n.red < n.yellow && n.yellow < n.green;
      const falling = n.red > n.yellow && n.yellow > n.green;
      if (!rising && !falling) add('thresholds_out_of_order', `red ${n.red}, yellow ${n.yellow}, green ${n.green} must rise or fall steadily`);
      else if (rising !== (direction === 'higher-is-better'))
        add('thresholds_out_of_order', `thresholds ${rising ? 'rise' : 'fall'} from red to green but direction is ${direction}`);
      break;
    }
    case 'linear':
      if (!(n.min < n.max)) add('invalid_normalizer', `min ${n.min} must be below max ${n.max}`, ['min']);
      break;
    case 'piecewise':
      n.points.forEach((p, i) => {
        const prev = n.points[i - 1];
        if (prev && !(p[0] > prev[0])) add('invalid_normalizer', `point values must increase: ${p[0]} follows ${prev[0]}`, ['points', i]);
      });
      break;
    case 'category': {
      const known = metric.categories;
      const keys = Object.keys(n.map);
      if (keys.length === 0) add('invalid_normalizer', 'the map needs at least one category', ['map']);
      for (const k of keys) {
        if (known && !known.includes(k)) add('invalid_normalizer', `${metric.name} has no category "${k}" (it has ${known.join(', ')})`, ['map', k]);
      }
      break;
    }
    case 'percentile':
    case 'boolean':
      break;
  }
  return issues;
}
