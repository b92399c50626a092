import type { Activity } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import type { Timed } from '../signal-index.js';
import { daysSince, daysSinceDrift } from './days-since.js';
import { evidenceFor } from './evidence-for.js';

/** The last inbound message or completed meeting, else the first activity; undefined without activities. */
function lastContact(items: readonly Timed<Known<Activity>>[]): Timed<Known<Activity>> | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const a = items[i] as Timed<Known<Activity>>;
    if (a.record.direction === 'inbound' || (a.record.type === 'meeting' && a.record.status === 'completed')) return a;
  }
  return items[0];
}

export const daysSinceContact: MetricDefinition = {
  name: 'days-since-contact',
  description:
    'Days since the customer last reached us (an inbound email or call) or met us (a completed meeting), counted from the first activity when they never did. No activities at all is missing data.',
  signal: 'activities',
  unit: 'days',
  windows: [],
  aggregations: ['days'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, _window, asOfMs) {
    const { items } = signals.activities();
    const last = lastContact(items);
    if (!last) return NO_READING;
    return { value: daysSince(last.ms, asOfMs), samples: items.length, evidence: [evidenceFor.activity(last)] };
  },
  nextChange(signals) {
    const at = signals.upcoming('activities');
    const last = lastContact(signals.activities().items);
    return last ? { at, drift: daysSinceDrift(last.ms) } : { at };
  },
};
