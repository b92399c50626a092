import { describe, expect, it } from 'vitest';
import type { Activity } from '../domain/index.js';
import { peopleEngaged } from './people-engaged.js';
import { DANA, email, KIM, LEE, SAM } from './test-support/emails.js';

const ms = (iso: string) => Date.parse(iso);

describe('peopleEngaged', () => {
  const meeting: Activity = {
    externalId: 'm1',
    type: 'meeting',
    direction: 'outbound',
    occurredAt: '2025-06-05T15:00:00.000Z',
    status: 'completed',
    participants: [
      { ...KIM, role: 'organizer' },
      { ...LEE, role: 'attendee', responseStatus: 'accepted' },
      { ...DANA, role: 'attendee', responseStatus: 'declined' },
    ],
  };
  const activities = [
    email('c1', '2025-06-02T10:00:00.000Z', DANA, [SAM]),
    email('u1', '2025-06-03T10:00:00.000Z', SAM, [DANA, LEE]),
    meeting,
    email('old', '2025-01-02T10:00:00.000Z', DANA, [SAM]),
  ];

  it('lists who wrote to the other side or attended a held meeting, with what they sent, received and attended; the only-written-to are left out', () => {
    const people = peopleEngaged(activities, { fromMs: ms('2025-03-01T00:00:00Z'), toMs: ms('2025-06-30T00:00:00Z') });
    expect(people.customer).toEqual([
      { email: 'lee@acme.com', name: 'Lee Park', side: 'customer', emailsSent: 0, emailsReceived: 1, meetingsAttended: 1, lastContactAt: '2025-06-05T15:00:00.000Z' },
      { email: 'dana@acme.com', name: 'Dana Lee', side: 'customer', emailsSent: 1, emailsReceived: 1, meetingsAttended: 0, lastContactAt: '2025-06-03T10:00:00.000Z' },
    ]);
    expect(people.internal.map((p) => [p.email, p.emailsSent, p.emailsReceived, p.meetingsAttended])).toEqual([
      ['kim@bellwether.io', 0, 0, 1],
      ['sam@bellwether.io', 1, 1, 0],
    ]);
  });
});
