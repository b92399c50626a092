import { describe, expect, it } from 'vitest';
import { account, readMetric, signals, usage } from '../test-support/signals-fixture.js';

// Weekly rows, as the demo writes them; asOf 2025-06-30.
const rows = [
  usage('2025-03-10', 10, ['dashboards']),
  usage('2025-04-14', 10, ['dashboards', 'reports']),
  usage('2025-05-12', 10, ['dashboards']),
  usage('2025-06-09', 8, ['dashboards', 'alerts']),
  usage('2025-06-16', 6, ['api']),
  usage('2025-06-23', 0, []),
];

describe('usage metrics', () => {
  it('active-user-ratio divides active users per row by seats: average, peak or latest', () => {
    const s = signals({ usageDays: rows, account: account({ seats: 20 }) });
    expect(readMetric('active-user-ratio', s, { window: '30d' })).toMatchObject({ value: (8 + 6 + 0) / 3 / 20, samples: 3, observedAt: '2025-06-23' });
    expect(readMetric('active-user-ratio', s, { window: '30d', aggregation: 'max' }).value).toBe(0.4);
    expect(readMetric('active-user-ratio', s, { window: '30d', aggregation: 'latest' }).value).toBe(0);
    expect(readMetric('active-user-ratio', signals({ usageDays: rows, account: account({ seats: undefined }) })).value).toBeNull();
  });

  it('usage-trend is the relative change of the recent average against the baseline', () => {
    const s = signals({ usageDays: rows });
    // recent (May 31, Jun 30]: 8, 6, 0 → 14/3; baseline (Mar 2, May 31]: 10, 10, 10.
    expect(readMetric('usage-trend', s, { window: '30d vs previous 90d' }).value).toBeCloseTo(14 / 3 / 10 - 1, 12);
    expect(readMetric('usage-trend', s, { window: '30d vs previous 90d', aggregation: 'events' }).value).toBeCloseTo(14 / 3 / 10 - 1, 12);
    expect(readMetric('usage-trend', signals({ usageDays: rows.slice(3) }), { window: '30d vs previous 90d' }).value).toBeNull();
  });

  it('feature-breadth counts distinct features in the window', () => {
    expect(readMetric('feature-breadth', signals({ usageDays: rows }), { window: '30d' }).value).toBe(3);
    expect(readMetric('feature-breadth', signals({ usageDays: rows }), { window: '10d' }).value).toBe(0);
    expect(readMetric('feature-breadth', signals(), { window: '30d' }).value).toBeNull();
  });

  it('days-since-active counts from the last row with any active user', () => {
    const r = readMetric('days-since-active', signals({ usageDays: rows }));
    expect(r).toMatchObject({ value: 14, evidence: [{ entity: 'usage_day', id: '2025-06-16' }] });
    expect(readMetric('days-since-active', signals()).value).toBeNull();
  });
});
