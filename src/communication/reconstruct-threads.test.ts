import { describe, expect, it } from 'vitest';
import { reconstructThreads } from './reconstruct-threads.js';
import { DANA, email, KIM, LEE, SAM } from './test-support/emails.js';

const idsOf = (threads: ReturnType<typeof reconstructThreads>) => threads.map((t) => ({ id: t.id, messages: t.messages.map((m) => m.record.externalId) }));

describe('reconstructThreads', () => {
  it('joins replies by References even when the middle message was never imported', () => {
    const threads = reconstructThreads([
      email('<m3@acme.com>', '2025-06-03T10:00:00Z', DANA, [SAM], { subject: 'Re: Re: Rollout', inReplyTo: '<m2@us.io>', referenceIds: ['<m1@us.io>', '<m2@us.io>'] }),
      email('<m1@us.io>', '2025-06-01T10:00:00Z', SAM, [DANA], { subject: 'Rollout' }),
      email('other@us.io', '2025-06-02T10:00:00Z', SAM, [LEE], { subject: 'Invoice' }),
    ]);
    // m2 is missing; m3 still joins m1 through the ids it references. Ids compare without angle brackets.
    expect(idsOf(threads)).toEqual([
      { id: 'm1@us.io', messages: ['<m1@us.io>', '<m3@acme.com>'] },
      { id: 'other@us.io', messages: ['other@us.io'] },
    ]);
  });

  it('keeps replies to a missing root together under the root’s id, the id the thread keeps once the root arrives', () => {
    const a = email('a@acme.com', '2025-06-02T10:00:00Z', DANA, [SAM], { inReplyTo: 'root@us.io', referenceIds: ['root@us.io'] });
    const b = email('b@us.io', '2025-06-03T10:00:00Z', SAM, [DANA], { referenceIds: ['root@us.io', 'a@acme.com'] });
    expect(idsOf(reconstructThreads([b, a]))).toEqual([{ id: 'root@us.io', messages: ['a@acme.com', 'b@us.io'] }]);
    const root = email('root@us.io', '2025-06-01T10:00:00Z', SAM, [DANA]);
    expect(idsOf(reconstructThreads([b, a, root]))).toEqual([{ id: 'root@us.io', messages: ['root@us.io', 'a@acme.com', 'b@us.io'] }]);
  });

  it('groups by an explicit thread id (CSV and NDJSON sources) and names the thread by it', () => {
    const threads = reconstructThreads([
      email('ACT-1', '2025-06-01T10:00:00Z', SAM, [DANA], { threadId: 'THR-7', subject: 'Check-in' }),
      email('ACT-2', '2025-06-02T10:00:00Z', DANA, [SAM], { threadId: 'THR-7', subject: 'Re: Check-in' }),
      email('ACT-3', '2025-06-02T11:00:00Z', DANA, [SAM], { threadId: 'THR-8', subject: 'Re: Check-in' }),
    ]);
    expect(idsOf(threads)).toEqual([
      { id: 'THR-7', messages: ['ACT-1', 'ACT-2'] },
      { id: 'THR-8', messages: ['ACT-3'] },
    ]);
    expect(threads[0]?.subject).toBe('Check-in');
  });

  it('joins a reply without references by subject: same normalized subject, a person of each side shared, within 30 days', () => {
    const first = email('e1', '2025-06-01T10:00:00Z', SAM, [DANA], { subject: 'Renewal quote' });
    const reply = email('e2', '2025-06-05T10:00:00Z', DANA, [SAM, LEE], { subject: '[EXT] RE: renewal  quote' });
    const again = email('e3', '2025-06-06T10:00:00Z', SAM, [DANA, LEE], { subject: 'AW: Re: Renewal quote' });
    expect(idsOf(reconstructThreads([first, reply, again]))).toEqual([{ id: 'e1', messages: ['e1', 'e2', 'e3'] }]);
  });

  it('does not join by subject without a reply prefix, a shared person of each side, or after 30 days', () => {
    const first = email('e1', '2025-06-01T10:00:00Z', SAM, [DANA], { subject: 'Weekly status' });
    const nextWeek = email('e2', '2025-06-08T10:00:00Z', SAM, [DANA], { subject: 'Weekly status' });
    const otherPeople = email('e3', '2025-06-09T10:00:00Z', LEE, [KIM], { subject: 'Re: Weekly status' });
    const late = email('e4', '2025-07-09T10:00:01Z', DANA, [SAM], { subject: 'Re: Weekly status' });
    expect(reconstructThreads([first, nextWeek, otherPeople, late])).toHaveLength(4);
    const inTime = email('e5', '2025-07-08T10:00:00Z', DANA, [SAM], { subject: 'Re: Weekly status' });
    expect(idsOf(reconstructThreads([first, nextWeek, inTime]))).toEqual([
      { id: 'e1', messages: ['e1'] },
      { id: 'e2', messages: ['e2', 'e5'] },
    ]);
  });

  it('tells sides apart by the account’s domains and by who sent what when the import did not set them', () => {
    const bare = (p: typeof DANA) => ({ email: p.email, role: p.role });
    const first = { ...email('e1', '2025-06-01T10:00:00Z', SAM, [DANA], { subject: 'Pricing' }), participants: [bare(SAM), { ...bare(DANA), role: 'to' as const }] };
    const reply = { ...email('e2', '2025-06-02T10:00:00Z', DANA, [SAM], { subject: 'Re: Pricing' }), participants: [bare(DANA), { ...bare(SAM), role: 'to' as const }] };
    expect(reconstructThreads([first, reply], { customerDomains: ['acme.com'] })).toHaveLength(1);
    expect(reconstructThreads([first, reply])).toHaveLength(1);
  });

  it('threads emails only, in time order', () => {
    const meeting = { ...email('m1', '2025-06-01T10:00:00Z', SAM, [DANA], { threadId: 'T' }), type: 'meeting' as const };
    const later = email('e2', '2025-06-02T10:00:00Z', DANA, [SAM], { threadId: 'T' });
    const earlier = email('e1', '2025-06-01T09:00:00Z', SAM, [DANA], { threadId: 'T' });
    expect(idsOf(reconstructThreads([meeting, later, earlier]))).toEqual([{ id: 'T', messages: ['e1', 'e2'] }]);
  });
});
