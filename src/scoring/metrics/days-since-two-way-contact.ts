import type { Evidence } from '../../domain/index.js';
import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import type { SignalIndex } from '../signal-index.js';
import { daysSince, daysSinceDrift } from './days-since.js';
import { evidenceFor } from './evidence-for.js';
import { heldMeetings } from './held-meetings.js';

interface Moment {
  readonly ms: number;
  readonly evidence: Evidence;
}

/**
 * The last moment both sides took part, by asOf: an answer in either direction (at the
 * answer's time), a held meeting, or a completed call; else the first activity.
 */
function lastTwoWay(signals: SignalIndex): Moment | undefined {
  return signals.memo('two-way:last', () => {
    let best: Moment | undefined;
    const consider = (ms: number, evidence: Evidence) => {
      if (!best || ms > best.ms) best = { ms, evidence };
    };
    for (const r of signals.conversation().responses) if (r.answer) consider(r.answer.message.atMs, evidenceFor.message(r.answer.message));
    const meetings = heldMeetings(signals).items;
    const lastMeeting = meetings[meetings.length - 1];
    if (lastMeeting) consider(lastMeeting.ms, evidenceFor.activity(lastMeeting));
    const activities = signals.activities().items;
    for (let i = activities.length - 1; i >= 0; i--) {
      const a = activities[i];
      if (a && a.record.type === 'call' && a.record.status === 'completed' && a.record.direction !== 'internal') {
        consider(a.ms, evidenceFor.activity(a));
        break;
      }
    }
    const first = activities[0];
    return best ?? (first ? { ms: first.ms, evidence: evidenceFor.activity(first) } : undefined);
  });
}

export const daysSinceTwoWayContact: MetricDefinition = {
  name: 'days-since-two-way-contact',
  description:
    'Days since the last exchange both sides took part in: an email of theirs we answered or one of ours they answered (counted from the answer), a held meeting, or a completed call. Mail nobody answers does not count. From the first activity when there never was one; no activities at all is missing data.',
  signal: 'activities',
  unit: 'days',
  windows: [],
  aggregations: ['days'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, _window, asOfMs) {
    const last = lastTwoWay(signals);
    if (!last) return NO_READING;
    return { value: daysSince(last.ms, asOfMs), samples: signals.activities().items.length, evidence: [last.evidence] };
  },
  nextChange(signals) {
    const at = signals.upcoming('activities');
    const last = lastTwoWay(signals);
    return last ? { at, drift: daysSinceDrift(last.ms) } : { at };
  },
};
