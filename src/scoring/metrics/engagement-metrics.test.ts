import { describe, expect, it } from 'vitest';
import type { Activity, Participant } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import { account, activity, readMetric, signals } from '../test-support/signals-fixture.js';

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

/** Our asks and the customer's answers, plus one of their mails we answered. */
const conversation = [
  mail('U1', '2025-05-01T15:00:00.000Z', SAM, DANA, 'T1'), // Thursday; answered Friday 11:00
  mail('C1', '2025-05-02T11:00:00.000Z', DANA, SAM, 'T1'),
  mail('U2', '2025-05-20T10:00:00.000Z', SAM, LEE, 'T2'), // never answered
  mail('C2', '2025-06-06T20:00:00.000Z', LEE, SAM, 'T3'), // Friday 16:00 in New York; we answer Monday 10:00 there
  mail('U3', '2025-06-09T14:00:00.000Z', SAM, LEE, 'T3'),
  mail('U4', '2025-06-10T10:00:00.000Z', SAM, DANA, 'T4'), // Tuesday; answered Wednesday 10:00
  mail('C3', '2025-06-11T10:00:00.000Z', DANA, SAM, 'T4'),
  mail('U5', '2025-06-29T09:00:00.000Z', SAM, KIM, 'T5'), // less than 3 days old
];
const NEW_YORK = account({ attributes: { time_zone: 'America/New_York' } });

describe('email volume', () => {
  it('emails-received and emails-sent count each side’s mail in the window, per 30 days or plainly', () => {
    const s = signals({ activities: conversation });
    expect(readMetric('emails-received', s)).toMatchObject({ value: 1, samples: 3, evidence: [{ id: 'C1' }, { id: 'C2' }, { id: 'C3' }] });
    expect(readMetric('emails-sent', s, { aggregation: 'count' }).value).toBe(5);
    expect(readMetric('emails-sent', s, { window: '30d' }).value).toBe(3);
  });

  it('with a trend window, give the relative change of mail per day', () => {
    // Recent (05-31T12, 06-30T12]: C2, C3 = 2 in 30 days; baseline (04-01T12, 05-31T12]: C1 = 1 in 60 days.
    expect(readMetric('emails-received', signals({ activities: conversation }), { window: '30d vs previous 60d' }).value).toBe(3);
  });

  it('are missing without any email, and zero when there is mail but none from that side', () => {
    expect(readMetric('emails-received', signals({ activities: [meeting('M1', '2025-06-01T10:00:00.000Z', 'completed', [DANA])] })).value).toBeNull();
    expect(readMetric('emails-received', signals({ activities: [mail('U1', '2025-06-01T10:00:00.000Z', SAM, DANA, 'T1')] })).value).toBe(0);
  });
});

describe('responses', () => {
  it('customer-response-rate is the share of our asks at least 3 days old that the customer answered', () => {
    // U1 and U4 answered, U2 not; U3 answers their mail, so asks nothing; U5 is too fresh.
    expect(readMetric('customer-response-rate', signals({ activities: conversation }))).toMatchObject({ value: 2 / 3, samples: 3, observedAt: '2025-06-10T10:00:00.000Z', evidence: [{ id: 'U2' }] });
    expect(readMetric('customer-response-rate', signals({ activities: conversation.slice(3, 5) })).value).toBeNull();
  });

  it('customer-response-time is the median business hours they took, in the account’s time zone, or wall-clock hours', () => {
    // UTC: U1 Thu 15:00 → Fri 11:00 = 2 + 2 h; U4 Tue 10:00 → Wed 10:00 = 7 + 1 h.
    const utc = signals({ activities: conversation });
    expect(readMetric('customer-response-time', utc)).toMatchObject({ value: 6, samples: 2, observedAt: '2025-06-11T10:00:00.000Z', evidence: [{ id: 'U1' }, { id: 'U4' }] });
    expect(readMetric('customer-response-time', utc, { aggregation: 'p90' }).value).toBeCloseTo(7.6, 12);
    expect(readMetric('customer-response-time', utc, { aggregation: 'median_wall_hours' }).value).toBe(22);
    // New York (UTC-4): U1 Thu 11:00 → Fri 07:00 = 6 h; U4 Tue 06:00 → Wed 06:00 = 8 h.
    expect(readMetric('customer-response-time', signals({ account: NEW_YORK, activities: conversation })).value).toBe(7);
  });

  it('our-response-time is the same for us answering them', () => {
    expect(readMetric('our-response-time', signals({ account: NEW_YORK, activities: conversation }))).toMatchObject({ value: 2, samples: 1, evidence: [{ id: 'C2' }] });
    expect(readMetric('our-response-time', signals({ activities: conversation })).value).toBe(5);
    expect(readMetric('our-response-time', signals({ account: account({ attributes: { time_zone: 'Not/AZone' } }), activities: conversation })).value).toBe(5);
  });

  it('does not know an answer that arrives after asOf', () => {
    expect(readMetric('customer-response-time', signals({ activities: conversation }), { asOf: '2025-06-11T09:59:59.999Z' }).samples).toBe(1);
    const late = signals({ activities: [mail('U6', '2025-06-01T10:00:00.000Z', SAM, DANA, 'T6'), mail('C6', '2025-06-20T10:00:00.000Z', DANA, SAM, 'T6')] });
    expect(readMetric('customer-response-rate', late, { asOf: '2025-06-15T00:00:00.000Z' }).value).toBe(0);
    expect(readMetric('customer-response-rate', late).value).toBe(1);
  });

  it('unanswered-thread-share is the share of threads started in the window that end with our unanswered ask', () => {
    // T1, T4 end with the customer; T3 ends with our answer to them; T2 waits; T5 is too fresh to judge.
    expect(readMetric('unanswered-thread-share', signals({ activities: conversation }))).toMatchObject({ value: 1 / 4, samples: 4, evidence: [{ id: 'U2' }] });
    expect(readMetric('unanswered-thread-share', signals({ activities: conversation }), { window: '30d' }).value).toBe(0);
    expect(readMetric('unanswered-thread-share', signals({ activities: [meeting('M1', '2025-06-01T10:00:00.000Z', 'completed', [DANA])] })).value).toBeNull();
  });
});

describe('people and two-way contact', () => {
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

  it('customer-contacts-engaged counts distinct customer people who wrote or attended; internal-people-engaged our side', () => {
    const s = signals({ activities: [...conversation, ...meetings] });
    // Wrote: DANA, LEE; attended: KIM (M1), DANA (M2, M5). LEE only declined.
    expect(readMetric('customer-contacts-engaged', s)).toMatchObject({ value: 3, evidence: [{ id: 'C1' }, { id: 'M1' }, { id: 'C2' }] });
    expect(readMetric('customer-contacts-engaged', s, { window: '30d' }).value).toBe(2);
    // SAM wrote; ALEX organized the held meetings.
    expect(readMetric('internal-people-engaged', s).value).toBe(2);
    expect(readMetric('internal-people-engaged', signals({ activities: [activity('N1', '2025-06-01T10:00:00.000Z', { type: 'note' })] })).value).toBeNull();
  });

  it('days-since-two-way-contact counts from the last answer, held meeting or call; mail nobody answered does not count', () => {
    const unanswered = mail('C9', '2025-06-29T08:00:00.000Z', KIM, SAM, 'T9');
    expect(readMetric('days-since-two-way-contact', signals({ activities: [...conversation, unanswered] }))).toMatchObject({ value: 19, evidence: [{ id: 'C3' }] });
    expect(readMetric('days-since-two-way-contact', signals({ activities: [...conversation, ...meetings] }))).toMatchObject({ value: 1, evidence: [{ id: 'M5' }] });
    const call = activity('K1', '2025-06-29T13:00:00.000Z', { type: 'call', direction: 'inbound' });
    expect(readMetric('days-since-two-way-contact', signals({ activities: [...conversation, call] })).value).toBe(0);
    // Never an exchange: counted from the first activity.
    expect(readMetric('days-since-two-way-contact', signals({ activities: [conversation[2] as Known<Activity>] }))).toMatchObject({ value: 41, evidence: [{ id: 'U2' }] });
    expect(readMetric('days-since-two-way-contact', signals()).value).toBeNull();
  });
});
