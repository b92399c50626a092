import { describe, expect, it } from 'vitest';
import { businessHoursIn } from './business-hours.js';
import { conversationOf } from './conversation.js';
import { DANA, email, KIM, LEE, SAM } from './test-support/emails.js';

const ms = (iso: string) => Date.parse(iso);
const NEW_YORK = { businessHours: businessHoursIn('America/New_York') };

/** Each message's id with who answered it (by address) and how many business hours it took; '-' while unanswered. */
function answers(c: ReturnType<typeof conversationOf>): Record<string, string> {
  return Object.fromEntries(c.responses.map((r) => [r.message.record.externalId, r.answer ? `${r.answer.by?.email} ${r.answer.businessHours}h` : '-']));
}

describe('conversationOf', () => {
  // Friday 2025-06-06 16:00 New York (20:00Z); answered Monday 10:00 New York (14:00Z).
  const ask = email('c1', '2025-06-06T20:00:00.000Z', DANA, [SAM], { threadId: 'T1', subject: 'Sync errors' });
  const reply = email('u1', '2025-06-09T14:00:00.000Z', SAM, [DANA], { threadId: 'T1', subject: 'Re: Sync errors' });

  it('answers a customer mail with our first later mail in the thread, timed in business and wall-clock hours', () => {
    const c = conversationOf([reply, ask], ms('2025-06-30T00:00:00Z'), NEW_YORK);
    const first = c.responses[0];
    expect(first?.answer).toMatchObject({ by: { email: 'sam@bellwether.io', name: 'Sam Rep' }, businessHours: 2, wallHours: 66 });
    expect(first?.answer?.message.record.externalId).toBe('u1');
    expect(c.responses[1]?.answers?.record.externalId).toBe('c1');
    expect(c.threads.map((t) => t.id)).toEqual(['T1']);
    // The same instants in UTC business hours: Friday 20:00 is after hours, Monday 09:00–14:00 counts.
    expect(conversationOf([reply, ask], ms('2025-06-30T00:00:00Z')).responses[0]?.answer?.businessHours).toBe(5);
  });

  it('does not know a reply dated after asOf: the mail is not answered yet, and the reply is left out', () => {
    const c = conversationOf([ask, reply], ms('2025-06-09T13:59:59.999Z'), NEW_YORK);
    expect(answers(c)).toEqual({ c1: '-' });
    expect(answers(conversationOf([ask, reply], ms('2025-06-09T14:00:00.000Z'), NEW_YORK))).toEqual({ c1: 'sam@bellwether.io 2h', u1: '-' });
  });

  it('leaves out messages not known by asOf even when dated before it', () => {
    const c = conversationOf([ask, { ...reply, knownAt: '2025-07-01T00:00:00.000Z' }], ms('2025-06-30T00:00:00Z'), NEW_YORK);
    expect(answers(c)).toEqual({ c1: '-' });
  });

  it('does not count mail among our own people as an answer, nor as waiting for one', () => {
    const forward = email('i1', '2025-06-06T21:00:00.000Z', SAM, [KIM], { threadId: 'T1', subject: 'Fwd: Sync errors' });
    const c = conversationOf([ask, forward, reply], ms('2025-06-30T00:00:00Z'), NEW_YORK);
    expect(c.responses.find((r) => r.message.record.externalId === 'i1')?.message.side).toBeUndefined();
    expect(answers(c)).toEqual({ c1: 'sam@bellwether.io 2h', i1: '-', u1: '-' });
  });

  it('answers our first mail and the nudge after it with the customer’s one reply; a later mail of ours re-opens the exchange', () => {
    const first = email('u1', '2025-06-02T14:00:00.000Z', SAM, [DANA], { threadId: 'T2' });
    const nudge = email('u2', '2025-06-09T14:00:00.000Z', SAM, [DANA], { threadId: 'T2' });
    const answer = email('c1', '2025-06-10T14:00:00.000Z', LEE, [SAM], { threadId: 'T2' });
    const thanks = email('u3', '2025-06-10T15:00:00.000Z', SAM, [LEE], { threadId: 'T2' });
    const c = conversationOf([first, nudge, answer, thanks], ms('2025-06-30T00:00:00Z'));
    expect(answers(c)).toEqual({ u1: 'lee@acme.com 48h', u2: 'lee@acme.com 8h', c1: 'sam@bellwether.io 1h', u3: '-' });
    expect(c.responses.map((r) => r.answers?.record.externalId ?? null)).toEqual([null, null, 'u1', 'c1']);
  });

  it('answers across threads joined by References with a missing middle message', () => {
    const first = email('m1@us.io', '2025-06-02T14:00:00.000Z', SAM, [DANA], { subject: 'Rollout' });
    const late = email('m3@acme.com', '2025-06-03T10:00:00.000Z', DANA, [SAM], { subject: 'Re: Re: Rollout', referenceIds: ['m1@us.io', 'm2@us.io'] });
    expect(answers(conversationOf([first, late], ms('2025-06-30T00:00:00Z')))).toEqual({ 'm1@us.io': 'dana@acme.com 4h', 'm3@acme.com': '-' });
  });

  it('answers across a thread found by subject', () => {
    const first = email('e1', '2025-06-02T14:00:00.000Z', SAM, [DANA], { subject: 'Renewal quote' });
    const reply = email('e2', '2025-06-02T15:30:00.000Z', DANA, [SAM], { subject: 'RE: Renewal quote' });
    expect(answers(conversationOf([first, reply], ms('2025-06-30T00:00:00Z')))).toEqual({ e1: 'dana@acme.com 1.5h', e2: '-' });
  });

  it('takes the sender’s side when a source gives no direction', () => {
    const { direction: _, ...undirected } = email('c1', '2025-06-02T14:00:00.000Z', DANA, [SAM], { threadId: 'T' });
    const answer = email('u1', '2025-06-02T16:00:00.000Z', SAM, [DANA], { threadId: 'T' });
    expect(answers(conversationOf([undirected, answer], ms('2025-06-30T00:00:00Z')))).toEqual({ c1: 'sam@bellwether.io 2h', u1: '-' });
  });
});
