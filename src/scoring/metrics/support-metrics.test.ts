import { describe, expect, it } from 'vitest';
import { account, readMetric, signals, ticket } from '../test-support/signals-fixture.js';

const tickets = [
  ticket('T1', '2025-05-01T09:00:00.000Z', { closedAt: '2025-05-03T09:00:00.000Z', csat: 4 }),
  ticket('T2', '2025-05-10T09:00:00.000Z', { priority: 'urgent', escalations: 1, closedAt: '2025-05-16T09:00:00.000Z', reopenings: 1, csat: 2 }),
  ticket('T3', '2025-06-20T09:00:00.000Z', { priority: 'high' }),
  ticket('T4', '2025-06-25T09:00:00.000Z', { closedAt: '2025-06-26T09:00:00.000Z' }),
  ticket('T0', '2024-01-10T09:00:00.000Z', { closedAt: '2024-01-11T09:00:00.000Z' }),
  ticket('T9', '2025-07-02T09:00:00.000Z'), // after asOf
];

describe('support metrics', () => {
  it('tickets-opened is a rate per 10 seats by default, per seat, or a count', () => {
    const s = signals({ tickets, account: account({ seats: 20 }) });
    expect(readMetric('tickets-opened', s, { window: '90d' }).value).toBe(2);
    expect(readMetric('tickets-opened', s, { window: '90d', aggregation: 'per_seat' }).value).toBe(0.2);
    expect(readMetric('tickets-opened', s, { window: '90d', aggregation: 'count' })).toMatchObject({ value: 4, evidence: [{ id: 'T1' }, { id: 'T2' }, { id: 'T3' }, { id: 'T4' }] });
    expect(readMetric('tickets-opened', signals({ tickets, account: account({ seats: undefined }) })).value).toBeNull();
    expect(readMetric('tickets-opened', signals()).value).toBeNull();
  });

  it('high-priority and escalated tickets, as counts or shares of tickets opened', () => {
    const s = signals({ tickets });
    expect(readMetric('high-priority-tickets', s).value).toBe(2);
    expect(readMetric('high-priority-tickets', s, { aggregation: 'share' }).value).toBe(0.5);
    expect(readMetric('escalated-tickets', s)).toMatchObject({ value: 1, evidence: [{ id: 'T2' }] });
    expect(readMetric('escalated-tickets', s, { window: '3d', aggregation: 'share' }).value).toBeNull();
  });

  it('reopen-rate, time-to-resolution and ticket-csat read tickets closed in the window', () => {
    const s = signals({ tickets });
    expect(readMetric('reopen-rate', s, { window: '90d' })).toMatchObject({ value: 1 / 3, evidence: [{ id: 'T2' }], observedAt: '2025-06-26T09:00:00.000Z' });
    expect(readMetric('time-to-resolution', s, { window: '90d' }).value).toBe((2 + 6 + 1) / 3);
    expect(readMetric('time-to-resolution', s, { window: '90d', aggregation: 'max' }).value).toBe(6);
    expect(readMetric('time-to-resolution', s, { window: '90d', aggregation: 'median' }).value).toBe(2);
    expect(readMetric('ticket-csat', s, { window: '90d' })).toMatchObject({ value: 3, samples: 2 });
  });

  it('counts a ticket closed after asOf as still open', () => {
    const s = signals({ tickets: [ticket('T5', '2025-06-01T09:00:00.000Z', { closedAt: '2025-07-05T09:00:00.000Z', knownAt: '2025-06-01T09:00:00.000Z' })] });
    expect(readMetric('time-to-resolution', s).value).toBeNull();
  });
});
