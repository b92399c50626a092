import type { Answer, MessageSide } from '../../communication/index.js';
import type { Activity } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { aggregate } from './aggregate.js';
import { answeredFrom } from './answered-from.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

const WALL = '_wall_hours';

/**
 * How long the other side took to answer one side's emails sent in the window and answered by
 * asOf, in business hours (median, p90, avg) or wall-clock hours (`median_wall_hours`,
 * `p90_wall_hours`). Unanswered mail is not in it: that is the response rate's business.
 */
export function responseTimeMetric(spec: Pick<MetricDefinition, 'name' | 'description'> & { readonly answered: MessageSide }): MetricDefinition {
  return {
    name: spec.name,
    description: spec.description,
    signal: 'activities',
    unit: 'business hours (wall-clock hours for *_wall_hours)',
    windows: ['span'],
    defaultWindow: '90d',
    aggregations: ['median', 'p90', 'avg', 'median_wall_hours', 'p90_wall_hours'],
    valueType: 'number',
    minSamples: 3,
    compute(signals, window, asOfMs, params) {
      const [from, to] = windowSpan(window, asOfMs);
      const answered = itemsBetween(answeredFrom(signals, spec.answered), from, to);
      const wall = params.aggregation.endsWith(WALL);
      const how = wall ? params.aggregation.slice(0, -WALL.length) : params.aggregation;
      let latest: Answer<Known<Activity>> | undefined;
      const hours = answered.map((r) => {
        const a = r.answer;
        if (!a) return NaN;
        if (!latest || a.message.atMs > latest.message.atMs) latest = a;
        return wall ? a.wallHours : a.businessHours;
      });
      return {
        value: aggregate(hours, how),
        ...(latest ? { observedAt: latest.message.record.occurredAt } : {}),
        samples: answered.length,
        evidence: answered.map((r) => evidenceFor.message(r.message)),
      };
    },
    nextChange(signals, window, asOfMs) {
      return windowChange(signals, 'activities', answeredFrom(signals, spec.answered), window, asOfMs);
    },
  };
}
