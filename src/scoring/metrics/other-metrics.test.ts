import { describe, expect, it } from 'vitest';
import { account, activity, pulse, readMetric, signals } from '../test-support/signals-fixture.js';

describe('pulse, renewal, custom, engagement and relationship metrics', () => {
  it('pulse is the newest unexpired rating; one expiring on or before asOf no longer counts', () => {
    const older = pulse('green', '2025-05-01T00:00:00.000Z');
    const newer = pulse('red', '2025-06-01T00:00:00.000Z', '2025-06-30T12:00:00.000Z');
    expect(readMetric('pulse', signals({ pulses: [older, newer] }), { asOf: '2025-06-30T11:59:59.999Z' }).value).toBe('red');
    expect(readMetric('pulse', signals({ pulses: [older, newer] })).value).toBe('green');
    expect(readMetric('pulse', signals({ pulses: [older] }), { window: '30d' }).value).toBeNull();
    expect(readMetric('pulse', signals({ pulses: [pulse('yellow', '2025-07-01T00:00:00.000Z')] })).value).toBeNull();
  });

  it('days-to-renewal counts whole days to the renewal date, negative once passed', () => {
    expect(readMetric('days-to-renewal', signals({ account: account({ renewalDate: '2025-09-28' }) })).value).toBe(89);
    expect(readMetric('days-to-renewal', signals({ account: account({ renewalDate: '2025-06-01' }) })).value).toBe(-30);
    expect(readMetric('days-to-renewal', signals()).value).toBeNull();
  });

  it('custom reads one named series: latest, mean, or a trend of the mean', () => {
    const mv = (metric: string, observedAt: string, value: number) => ({ accountExternalId: 'ACC-1', metric, observedAt, value, knownAt: observedAt });
    const s = signals({
      metricValues: [mv('api_calls_k', '2025-02-01T00:00:00.000Z', 10), mv('api_calls_k', '2025-04-01T00:00:00.000Z', 20), mv('api_calls_k', '2025-06-01T00:00:00.000Z', 30), mv('other', '2025-06-02T00:00:00.000Z', 999)],
    });
    // Windows are (asOf − 90d, asOf]: the point of 2025-04-01T00:00 falls in the baseline (10, 20 → 15), the recent mean is 30.
    expect(readMetric('custom', s, { series: 'api_calls_k', window: '90d' })).toMatchObject({ value: 30, evidence: [{ entity: 'metric_value', id: 'api_calls_k@2025-06-01T00:00:00.000Z' }] });
    expect(readMetric('custom', s, { series: 'api_calls_k', window: '180d', aggregation: 'avg' }).value).toBe(20);
    expect(readMetric('custom', s, { series: 'api_calls_k', window: '90d vs previous 90d', aggregation: 'avg' }).value).toBe(1);
    expect(readMetric('custom', s, { series: 'nope', window: '90d' }).value).toBeNull();
  });

  it('meetings-held counts completed meetings; days-since-contact the last inbound touch or meeting', () => {
    const s = signals({
      activities: [
        activity('A1', '2025-05-01T10:00:00.000Z'),
        activity('M1', '2025-06-10T10:00:00.000Z', { type: 'meeting', direction: 'outbound' }),
        activity('M2', '2025-06-20T10:00:00.000Z', { type: 'meeting', direction: 'outbound', status: 'cancelled' }),
        activity('O1', '2025-06-25T10:00:00.000Z', { direction: 'outbound' }),
      ],
    });
    expect(readMetric('meetings-held', s)).toMatchObject({ value: 1, evidence: [{ entity: 'activity', id: 'M1' }] });
    expect(readMetric('days-since-contact', s)).toMatchObject({ value: 20, evidence: [{ id: 'M1' }] });
    expect(readMetric('meetings-held', signals()).value).toBeNull();
  });

  it('has-champion is 1 when a known contact holds the role', () => {
    const c = (email: string, role: 'champion' | 'user') => ({ email, role, knownAt: '2025-01-01T00:00:00.000Z' });
    expect(readMetric('has-champion', signals({ contacts: [c('a@acme.com', 'user'), c('b@acme.com', 'champion')] })).value).toBe(1);
    expect(readMetric('has-champion', signals({ contacts: [c('a@acme.com', 'user')] })).value).toBe(0);
    expect(readMetric('has-champion', signals()).value).toBeNull();
  });

  it('lifecycle-stage is the account stage as a category', () => {
    expect(readMetric('lifecycle-stage', signals({ account: account({ lifecycleStage: 'onboarding' }) })).value).toBe('onboarding');
  });
});
