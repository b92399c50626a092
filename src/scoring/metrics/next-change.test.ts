import { describe, expect, it } from 'vitest';
import type { AccountSignals } from '../account-signals.js';
import { account, activity, invoice, nextChangeOf, payment, pulse, readMetric, signals, survey, ticket, usage } from '../test-support/signals-fixture.js';
import { METRIC_CATALOGUE } from './metric-catalogue.js';

// asOf is ASOF, 2025-06-30T12:00:00.000Z, unless a test says otherwise.
type Opts = Parameters<typeof readMetric>[2];
const ms = (iso: string) => Date.parse(iso);
const before = (iso: string) => new Date(ms(iso) - 1).toISOString();

/** The reading is the same just before `at` as at asOf, and differs at `at`: `at` is exact. */
function expectChangeExactlyAt(name: string, s: AccountSignals, at: string, opts: Opts = {}): void {
  expect(nextChangeOf(name, s, opts).at).toBe(at);
  expect(readMetric(name, s, { ...opts, asOf: before(at) })).toEqual(readMetric(name, s, opts));
  expect(readMetric(name, s, { ...opts, asOf: at })).not.toEqual(readMetric(name, s, opts));
}

describe('nextChange: window edges', () => {
  it('a usage row leaves a 30-day window exactly 30 days after its date', () => {
    const s = signals({ usageDays: [usage('2025-06-05', 10, ['api']), usage('2025-06-20', 4, ['dashboards'])] });
    expectChangeExactlyAt('feature-breadth', s, '2025-07-05T00:00:00.000Z', { window: '30d' });
    expectChangeExactlyAt('active-user-ratio', s, '2025-07-05T00:00:00.000Z', { window: '30d' });
  });

  it('a trend window changes when the oldest baseline row leaves it (at its date + recent + baseline span)', () => {
    const s = signals({ usageDays: [usage('2025-03-05', 10), usage('2025-04-15', 10), usage('2025-06-10', 8), usage('2025-06-20', 6)] });
    expectChangeExactlyAt('usage-trend', s, '2025-07-03T00:00:00.000Z', { window: '30d vs previous 90d' });
  });

  it('a trend window changes when the oldest recent row moves into the baseline (at its date + the recent span)', () => {
    const s = signals({ usageDays: [usage('2025-04-15', 10), usage('2025-06-10', 8), usage('2025-06-20', 6)] });
    expectChangeExactlyAt('usage-trend', s, '2025-07-10T00:00:00.000Z', { window: '30d vs previous 90d' });
  });

  it('tickets leave by opening time, or by closing time for metrics of closed tickets', () => {
    const s = signals({ tickets: [ticket('T1', '2025-04-10T00:00:00.000Z', { closedAt: '2025-04-15T06:00:00.000Z', csat: 2 }), ticket('T2', '2025-06-01T00:00:00.000Z', { priority: 'urgent' })] });
    expectChangeExactlyAt('tickets-opened', s, '2025-07-09T00:00:00.000Z', { window: '90d', aggregation: 'count' });
    expectChangeExactlyAt('time-to-resolution', s, '2025-07-14T06:00:00.000Z', { window: '90d' });
    expectChangeExactlyAt('high-priority-tickets', s, '2025-07-09T00:00:00.000Z', { window: '90d', aggregation: 'share' });
  });

  it('payments, surveys, series and pulses leave their windows the same way', () => {
    expectChangeExactlyAt('failed-payments', signals({ payments: [payment('P1', '2025-04-20T08:00:00.000Z', 'failed')] }), '2025-07-19T08:00:00.000Z', { window: '90d' });
    expectChangeExactlyAt('nps', signals({ surveyResponses: [survey('S1', 'nps', 9, '2024-08-01T00:00:00.000Z'), survey('S2', 'nps', 3, '2025-01-01T00:00:00.000Z')] }), '2025-08-01T00:00:00.000Z', { window: '365d' });
    const mv = { accountExternalId: 'ACC-1', metric: 'api', observedAt: '2025-05-01T00:00:00.000Z', value: 5, knownAt: '2025-05-01T00:00:00.000Z' };
    expectChangeExactlyAt('custom', signals({ metricValues: [mv] }), '2025-07-30T00:00:00.000Z', { series: 'api', window: '90d' });
    expectChangeExactlyAt('pulse', signals({ pulses: [pulse('green', '2025-06-01T00:00:00.000Z')] }), '2025-11-28T00:00:00.000Z', { window: '180d' });
  });
});

describe('nextChange: records that start counting later', () => {
  it('a scheduled meeting counts from its date', () => {
    const meeting = activity('M1', '2025-07-05T10:00:00.000Z', { type: 'meeting', direction: 'outbound', knownAt: '2025-06-01T00:00:00.000Z' });
    const s = signals({ activities: [activity('A1', '2025-06-01T00:00:00.000Z', { direction: 'outbound' }), meeting] });
    expectChangeExactlyAt('meetings-held', s, '2025-07-05T10:00:00.000Z', { window: '90d' });
    expect(nextChangeOf('days-since-contact', s).at).toBe('2025-07-05T10:00:00.000Z');
  });

  it('a record learned after asOf counts from its knownAt', () => {
    const s = signals({ tickets: [ticket('T1', '2025-06-01T00:00:00.000Z', { knownAt: '2025-07-02T08:00:00.000Z' })] });
    expectChangeExactlyAt('tickets-opened', s, '2025-07-02T08:00:00.000Z', { window: '90d', aggregation: 'count' });
    const c = signals({ contacts: [{ email: 'a@acme.com', role: 'user', knownAt: '2025-06-01T00:00:00.000Z' }, { email: 'b@acme.com', role: 'champion', knownAt: '2025-07-01T00:00:00.000Z' }] });
    expectChangeExactlyAt('has-champion', c, '2025-07-01T00:00:00.000Z');
  });

  it('a ticket closing after asOf moves the closed-ticket metrics then', () => {
    const s = signals({ tickets: [ticket('T1', '2025-06-01T00:00:00.000Z', { closedAt: '2025-07-02T00:00:00.000Z', reopenings: 1, knownAt: '2025-06-01T00:00:00.000Z' })] });
    expectChangeExactlyAt('reopen-rate', s, '2025-07-02T00:00:00.000Z', { window: '180d' });
  });

  it('an invoice is due, paid or overdue on its own dates', () => {
    const unpaid = signals({ invoices: [invoice('I1', '2025-06-30', undefined)] });
    // Due today: overdue, and late, once a whole day has passed.
    expectChangeExactlyAt('overdue-balance', unpaid, '2025-07-01T00:00:00.000Z');
    expectChangeExactlyAt('late-invoice-share', unpaid, '2025-07-01T00:00:00.000Z', { window: '180d' });
    const paidLater = signals({ invoices: [invoice('I1', '2025-06-01', '2025-07-03T09:00:00.000Z', { amountPaid: 0, knownAt: '2025-06-01T00:00:00.000Z' })] });
    expectChangeExactlyAt('open-balance', paidLater, '2025-07-03T09:00:00.000Z');
    const dueLater = signals({ invoices: [invoice('I1', '2025-07-15', undefined, { issuedDate: '2025-06-15' })] });
    expectChangeExactlyAt('days-late', dueLater, '2025-07-15T00:00:00.000Z', { window: '180d' });
  });

  it('a pulse stops counting when it expires', () => {
    expectChangeExactlyAt('pulse', signals({ pulses: [pulse('green', '2025-06-01T00:00:00.000Z', '2025-07-15T00:00:00.000Z')] }), '2025-07-15T00:00:00.000Z');
  });

  it('future records of another survey kind or series do not count', () => {
    const s = signals({
      surveyResponses: [survey('S1', 'nps', 9, '2025-06-01T00:00:00.000Z'), { ...survey('S2', 'ces', 5, '2025-07-01T00:00:00.000Z'), knownAt: '2025-06-01T00:00:00.000Z' }],
      metricValues: [{ accountExternalId: 'ACC-1', metric: 'other', observedAt: '2025-07-01T00:00:00.000Z', value: 5, knownAt: '2025-06-01T00:00:00.000Z' }],
    });
    expect(nextChangeOf('nps', s, { window: '365d' }).at).toBe('2026-06-01T00:00:00.000Z');
    expect(nextChangeOf('ces', s, { window: '180d' }).at).toBe('2025-07-01T00:00:00.000Z');
    expect(nextChangeOf('custom', s, { series: 'api', window: '90d' }).at).toBeNull();
  });
});

describe('nextChange: values that move with asOf', () => {
  it('days-to-renewal steps down one millisecond after each whole day before the renewal, forever', () => {
    const s = signals({ account: account({ renewalDate: '2025-09-28' }) });
    const { at, drift } = nextChangeOf('days-to-renewal', s);
    expect(at).toBeNull();
    expect(drift?.direction).toBe(-1);
    for (const t of ['2025-06-30T12:00:00.000Z', '2025-07-01T00:00:00.000Z', '2025-07-01T00:00:00.001Z', '2025-12-01T00:00:00.000Z']) expect(drift?.valueAt(ms(t)), t).toBe(readMetric('days-to-renewal', s, { asOf: t }).value);
    expect(drift?.valueAt(ms('2025-07-01T00:00:00.001Z'))).toBe(88);
  });

  it('days-since-active and days-since-contact rise by one on each whole day after the last record', () => {
    const s = signals({ usageDays: [usage('2025-06-20', 3), usage('2025-06-27', 0)], activities: [activity('A1', '2025-06-25T15:00:00.000Z')] });
    expect(nextChangeOf('days-since-active', s).at).toBeNull();
    expect(nextChangeOf('days-since-contact', s).at).toBeNull();
    for (const t of ['2025-06-30T12:00:00.000Z', '2025-07-01T00:00:00.000Z', '2025-07-03T14:59:59.999Z', '2025-07-03T15:00:00.000Z']) {
      expect(nextChangeOf('days-since-active', s).drift?.valueAt(ms(t)), t).toBe(readMetric('days-since-active', s, { asOf: t }).value);
      expect(nextChangeOf('days-since-contact', s).drift?.valueAt(ms(t)), t).toBe(readMetric('days-since-contact', s, { asOf: t }).value);
    }
  });

  it('days-late of unpaid invoices rises until an invoice is paid or leaves the window; paid ones do not drift', () => {
    const s = signals({ invoices: [invoice('I1', '2025-06-01', undefined), invoice('I2', '2025-05-01', '2025-05-11T00:00:00.000Z')] });
    const { at, drift } = nextChangeOf('days-late', s, { window: '180d' });
    expect(at).toBe('2025-10-28T00:00:00.000Z');
    expect(drift?.direction).toBe(1);
    for (const t of ['2025-07-01T00:00:00.000Z', '2025-09-01T07:00:00.000Z']) expect(drift?.valueAt(ms(t)), t).toBe(readMetric('days-late', s, { window: '180d', asOf: t }).value);
    expect(nextChangeOf('days-late', signals({ invoices: [invoice('I2', '2025-05-01', '2025-05-11T00:00:00.000Z')] }), { window: '180d' }).drift).toBeUndefined();
  });
});

describe('nextChange in the catalogue', () => {
  it('every metric has one, and with no records nothing will ever change', () => {
    for (const m of METRIC_CATALOGUE.values()) {
      expect(m.nextChange, m.name).toBeTypeOf('function');
      expect(nextChangeOf(m.name, signals(), m.needsSeries ? { series: 'x' } : {}), m.name).toEqual({ at: null });
    }
  });

  it('a lifecycle stage never changes with time', () => {
    expect(nextChangeOf('lifecycle-stage', signals({ account: account({ lifecycleStage: 'active' }) }))).toEqual({ at: null });
  });
});

describe('nextChange: engagement metrics', () => {
  const from = (email: string, side: 'customer' | 'internal') => ({ email, role: 'from' as const, side });
  const to = (email: string, side: 'customer' | 'internal') => ({ email, role: 'to' as const, side });
  const ours = (id: string, at: string, threadId: string) => activity(id, at, { direction: 'outbound', threadId, participants: [from('sam@us.com', 'internal'), to('dana@acme.com', 'customer')] });
  const theirs = (id: string, at: string, threadId: string) => activity(id, at, { direction: 'inbound', threadId, participants: [from('dana@acme.com', 'customer'), to('sam@us.com', 'internal')] });

  it('an email leaves the volume and people counts 90 days after it was sent', () => {
    const s = signals({ activities: [theirs('C1', '2025-04-10T08:00:00.000Z', 'T1'), theirs('C2', '2025-06-01T08:00:00.000Z', 'T2')] });
    expectChangeExactlyAt('emails-received', s, '2025-07-09T08:00:00.000Z', { window: '90d' });
    expectChangeExactlyAt('emails-received', s, '2025-07-01T08:00:00.000Z', { window: '30d vs previous 60d' });
    expectChangeExactlyAt('customer-contacts-engaged', s, '2025-07-09T08:00:00.000Z', { window: '90d' });
  });

  it('our ask starts counting in the response rate when its 3-day grace period ends, and in the unanswered threads too', () => {
    const s = signals({ activities: [ours('U1', '2025-05-01T15:00:00.000Z', 'T1'), theirs('C1', '2025-05-02T11:00:00.000Z', 'T1'), ours('U2', '2025-06-29T09:00:00.000Z', 'T2')] });
    expectChangeExactlyAt('customer-response-rate', s, '2025-07-02T09:00:00.000Z', { window: '90d' });
    expectChangeExactlyAt('unanswered-thread-share', s, '2025-07-02T09:00:00.000Z', { window: '90d' });
    // The answered ask leaves the response-time window 90 days after it was sent.
    expectChangeExactlyAt('customer-response-time', s, '2025-07-30T15:00:00.000Z', { window: '90d' });
  });

  it('an answer dated after asOf changes the response metrics when it arrives', () => {
    const s = signals({ activities: [ours('U1', '2025-06-01T10:00:00.000Z', 'T1'), { ...theirs('C1', '2025-07-03T10:00:00.000Z', 'T1'), knownAt: '2025-06-01T00:00:00.000Z' }] });
    expectChangeExactlyAt('customer-response-rate', s, '2025-07-03T10:00:00.000Z', { window: '90d' });
    expectChangeExactlyAt('customer-response-time', s, '2025-07-03T10:00:00.000Z', { window: '90d' });
    expect(nextChangeOf('days-since-two-way-contact', s).at).toBe('2025-07-03T10:00:00.000Z');
  });

  it('days-since-two-way-contact rises by one on each whole day after the last answer', () => {
    const s = signals({ activities: [ours('U1', '2025-06-20T09:00:00.000Z', 'T1'), theirs('C1', '2025-06-23T15:00:00.000Z', 'T1'), theirs('C2', '2025-06-28T15:00:00.000Z', 'T2')] });
    const { at, drift } = nextChangeOf('days-since-two-way-contact', s);
    expect(at).toBeNull();
    for (const t of ['2025-06-30T12:00:00.000Z', '2025-07-01T14:59:59.999Z', '2025-07-01T15:00:00.000Z', '2025-08-01T00:00:00.000Z']) {
      expect(drift?.valueAt(ms(t)), t).toBe(readMetric('days-since-two-way-contact', s, { asOf: t }).value);
    }
  });

  it('a meeting held after asOf changes the meeting metrics at its start', () => {
    const invite = activity('M1', '2025-07-05T10:00:00.000Z', {
      type: 'meeting',
      direction: 'outbound',
      status: 'scheduled',
      participants: [{ email: 'sam@us.com', role: 'organizer', side: 'internal' }, { email: 'dana@acme.com', role: 'attendee', side: 'customer', responseStatus: 'accepted' }],
      knownAt: '2025-06-01T00:00:00.000Z',
    });
    const s = signals({ activities: [theirs('C1', '2025-06-01T08:00:00.000Z', 'T1'), invite] });
    expectChangeExactlyAt('meetings-held', s, '2025-07-05T10:00:00.000Z', { window: '90d' });
    expectChangeExactlyAt('meeting-attendance', s, '2025-07-05T10:00:00.000Z', { window: '90d' });
    expectChangeExactlyAt('internal-people-engaged', s, '2025-07-05T10:00:00.000Z', { window: '90d' });
  });
});
