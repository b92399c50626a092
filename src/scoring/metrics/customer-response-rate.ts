import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { nextSpanEdge } from '../next-window-edge.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { ANSWER_GRACE_MS, ourAsks } from './our-asks.js';
import { windowSpan } from './window-span.js';

export const customerResponseRate: MetricDefinition = {
  name: 'customer-response-rate',
  description:
    'The share of our emails in the window that the customer answered. Counted are emails that ask something of them (not our answers to their mail) and are at least 3 days old, so fresh mail is not unanswered yet; evidence names the unanswered ones. No such email is missing data.',
  signal: 'activities',
  unit: 'share 0..1',
  windows: ['span'],
  defaultWindow: '90d',
  aggregations: ['share'],
  valueType: 'number',
  minSamples: 3,
  compute(signals, window, asOfMs) {
    const [from, to] = windowSpan(window, asOfMs);
    const asks = itemsBetween(ourAsks(signals), from, to - ANSWER_GRACE_MS);
    const last = asks[asks.length - 1];
    if (!last) return NO_READING;
    const unanswered = asks.filter((r) => !r.answer);
    return {
      value: (asks.length - unanswered.length) / asks.length,
      observedAt: last.message.record.occurredAt,
      samples: asks.length,
      evidence: unanswered.map((r) => evidenceFor.message(r.message)),
    };
  },
  nextChange(signals, window, asOfMs) {
    const [from, to] = windowSpan(window, asOfMs);
    // An email starts counting once the grace period has passed, and stops when it leaves the window; answers are new activities.
    return { at: Math.min(signals.upcoming('activities'), nextSpanEdge(ourAsks(signals).times, from, to - ANSWER_GRACE_MS, asOfMs)) };
  },
};
