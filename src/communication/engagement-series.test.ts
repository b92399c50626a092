import { describe, expect, it } from 'vitest';
import type { Activity } from '../domain/index.js';
import { engagementCounts } from './engagement-counts.js';
import { engagementSeries } from './engagement-series.js';
import { DANA, email, SAM } from './test-support/emails.js';

const ms = (iso: string) => Date.parse(iso);

function meeting(id: string, occurredAt: string, status: Activity['status'], accepted: boolean): Activity {
  return {
    externalId: id,
    type: 'meeting',
    direction: 'outbound',
    occurredAt,
    status,
    participants: [
      { ...SAM, role: 'organizer' },
      { ...DANA, role: 'attendee', responseStatus: accepted ? 'accepted' : 'declined' },
    ],
  };
}

const activities: Activity[] = [
  email('c1', '2025-05-31T23:59:59.000Z', DANA, [SAM]),
  email('c2', '2025-06-01T00:00:00.000Z', DANA, [SAM]),
  email('u1', '2025-06-02T10:00:00.000Z', SAM, [DANA]),
  meeting('m1', '2025-06-03T15:00:00.000Z', 'completed', true),
  meeting('m2', '2025-06-10T15:00:00.000Z', 'scheduled', false),
  meeting('m3', '2025-07-01T15:00:00.000Z', 'cancelled', true),
  { ...email('u2', '2025-07-02T10:00:00.000Z', SAM, [DANA]), knownAt: '2025-07-20T00:00:00.000Z' },
  email('u3', '2025-07-20T10:00:00.000Z', SAM, [DANA]),
];

describe('engagementSeries', () => {
  it('counts each month from its first instant, leaves out what was not known or had not happened by asOf, and keeps empty months', () => {
    const series = engagementSeries(activities, { fromMs: ms('2025-04-15T00:00:00Z'), asOfMs: ms('2025-07-15T00:00:00Z'), unit: 'month' });
    expect(series.map((p) => [p.start.slice(0, 10), p.emailsIn, p.emailsOut, p.meetingsHeld, p.meetingsCancelled])).toEqual([
      ['2025-04-01', 0, 0, 0, 0],
      ['2025-05-01', 1, 0, 0, 0],
      ['2025-06-01', 1, 1, 1, 0],
      ['2025-07-01', 0, 0, 0, 1],
    ]);
    expect(series[3]?.end).toBe('2025-08-01T00:00:00.000Z');
  });

  it('runs weeks from Monday 00:00 UTC', () => {
    const series = engagementSeries(activities, { fromMs: ms('2025-06-04T00:00:00Z'), asOfMs: ms('2025-06-12T00:00:00Z'), unit: 'week' });
    expect(series.map((p) => [p.start, p.meetingsHeld])).toEqual([
      ['2025-06-02T00:00:00.000Z', 1],
      ['2025-06-09T00:00:00.000Z', 0],
    ]);
  });
});

describe('engagementCounts', () => {
  it('counts a span (from, to] as metric windows do', () => {
    expect(engagementCounts(activities, { fromMs: ms('2025-05-31T23:59:59.000Z'), toMs: ms('2025-07-20T10:00:00.000Z') })).toEqual({ emailsIn: 1, emailsOut: 3, meetingsHeld: 1, meetingsCancelled: 1 });
  });
});
