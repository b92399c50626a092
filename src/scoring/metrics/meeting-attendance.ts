import { participantSide } from '../../communication/index.js';
import type { Activity } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import type { SignalIndex, Timed } from '../signal-index.js';
import { itemsBetween, timedList, type TimedList } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

interface Invitations extends Timed<Known<Activity>> {
  readonly invited: number;
  readonly accepted: number;
}

/** Meetings started by asOf and not cancelled, with their customer invitees and how many accepted; meetings without response statuses are left out. */
function invitations(signals: SignalIndex): TimedList<Invitations> {
  return signals.memo('meetings:invitations', () => {
    const domains = signals.account.domains;
    const rows: Invitations[] = [];
    for (const r of signals.activities().items) {
      const m = r.record;
      if (m.type !== 'meeting' || m.status === 'cancelled' || !m.participants.some((p) => p.responseStatus !== undefined)) continue;
      // An invitee without an answer has not accepted (a calendar's NEEDS-ACTION).
      const invitees = m.participants.filter((p) => p.role === 'attendee' && participantSide(p, domains) === 'customer');
      if (invitees.length > 0) rows.push({ ...r, invited: invitees.length, accepted: invitees.filter((p) => p.responseStatus === 'accepted').length });
    }
    return timedList(rows, (r) => r.ms, signals.asOfMs);
  });
}

export const meetingAttendance: MetricDefinition = {
  name: 'meeting-attendance',
  description:
    'The share of invited customer attendees who accepted, over the meetings in the window that were not cancelled: declines and invitations left unanswered pull it down. Meetings without response statuses are left out; no such meeting is missing data.',
  signal: 'activities',
  unit: 'share 0..1',
  windows: ['span'],
  defaultWindow: '90d',
  aggregations: ['share'],
  valueType: 'number',
  minSamples: 3,
  compute(signals, window, asOfMs) {
    const [from, to] = windowSpan(window, asOfMs);
    const meetings = itemsBetween(invitations(signals), from, to);
    const last = meetings[meetings.length - 1];
    if (!last) return NO_READING;
    let invited = 0;
    let accepted = 0;
    for (const m of meetings) {
      invited += m.invited;
      accepted += m.accepted;
    }
    return { value: accepted / invited, observedAt: last.record.occurredAt, samples: invited, evidence: meetings.map(evidenceFor.activity) };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'activities', invitations(signals), window, asOfMs);
  },
};
