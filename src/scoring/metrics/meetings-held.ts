import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { heldMeetings } from './held-meetings.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const meetingsHeld: MetricDefinition = {
  name: 'meetings-held',
  description:
    'Meetings with the customer held in the window: completed, or scheduled and started by asOf (a calendar knows no more), not cancelled, with a customer attendee who accepted (completed meetings without response statuses, as CSV exports have, count). No activities at all is missing data.',
  signal: 'activities',
  unit: 'count',
  windows: ['span'],
  defaultWindow: '90d',
  aggregations: ['count'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, window, asOfMs) {
    if (signals.activities().items.length === 0) return NO_READING;
    const [from, to] = windowSpan(window, asOfMs);
    const held = itemsBetween(heldMeetings(signals), from, to);
    return { value: held.length, samples: held.length, evidence: held.map(evidenceFor.activity) };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'activities', heldMeetings(signals), window, asOfMs);
  },
};
