import { describe, expect, it } from 'vitest';
import type { Activity, Participant } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import { activity, readMetric, signals } from '../test-support/signals-fixture.js';

// asOf is ASOF, Monday 2025-06-30T12:00:00.000Z; a 90-day window is (2025-04-01T12:00Z, asOf].
const person = (email: string, side: Participant['side'], fields: Partial<Participant> = {}): Participant => ({ email, name: email.split('@')[0], role: 'to', side, ...fields });
const DANA = person('dana@acme.com', 'customer');
const LEE = person('lee@acme.com', 'customer');
const KIM = person('kim@acme.com', 'customer');
const SAM = person('sam@us.com', 'internal');
const ALEX = person('alex@us.com', 'internal');

/** An email in a thread: `from` writes to `to`; the direction follows the sender's side. */
function mail(id: string, at: string, from: Participant, to: Participant, threadId: string): Known<Activity> {
  return activity(id, at, {
    direction: from.side === 'customer' ? 'inbound' : 'outbound',
    threadId,
    participants: [{ ...from, role: 'from' }, { ...to, role: 'to' }],
  });
}

function meeting(id: string, at: string, status: Activity['status'], attendees: readonly Participant[]): Known<Activity> {
  return activity(id, at, { type: 'meeting', direction: 'outbound', status, participants: [{ ...ALEX, role: 'organizer', responseStatus: 'accepted' }, ...attendees.map((p) => ({ ...p, role: 'attendee' as const }))] });
}

/** Mail only, no meeting. */
const conversation = [mail('C1', '2025-06-01T10:00:00.000Z', DANA, SAM, 'T1')];

describe('meeting metrics', () => {
  const accepted = (p: Participant) => ({ ...p, responseStatus: 'accepted' as const });
  const declined = (p: Participant) => ({ ...p, responseStatus: 'declined' as const });
  const meetings = [
    meeting('M1', '2025-05-05T15:00:00.000Z', 'completed', [accepted(KIM), declined(LEE)]),
    meeting('M2', '2025-06-25T15:00:00.000Z', 'scheduled', [accepted(DANA)]), // started before asOf: held
    meeting('M3', '2025-06-26T15:00:00.000Z', 'completed', [declined(LEE)]), // no customer came
    meeting('M4', '2025-06-27T15:00:00.000Z', 'cancelled', [accepted(DANA)]),
    activity('M5', '2025-06-28T15:00:00.000Z', { type: 'meeting', direction: 'outbound', participants: [{ ...DANA, role: 'attendee' }] }), // CSV: no statuses
    meeting('M6', '2025-07-02T15:00:00.000Z', 'scheduled', [accepted(DANA)]), // after asOf
  ];

  it('meetings-held counts completed or started meetings a customer accepted, and completed ones without statuses', () => {
    expect(readMetric('meetings-held', signals({ activities: meetings }))).toMatchObject({ value: 3, evidence: [{ id: 'M1' }, { id: 'M2' }, { id: 'M5' }] });
    expect(readMetric('meetings-held', signals({ activities: meetings }), { asOf: '2025-07-02T15:00:00.000Z' }).value).toBe(4);
  });

  it('meeting-attendance is the share of invited customers who accepted, cancelled meetings and status-less ones left out', () => {
    // M1: KIM yes, LEE no; M2: DANA yes; M3: LEE no.
    expect(readMetric('meeting-attendance', signals({ activities: meetings }))).toMatchObject({ value: 2 / 4, samples: 4, observedAt: '2025-06-26T15:00:00.000Z' });
    expect(readMetric('meeting-attendance', signals({ activities: conversation })).value).toBeNull();
  });

});
