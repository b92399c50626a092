import { describe, expect, it } from 'vitest';
import { invoice, payment, readMetric, signals } from '../test-support/signals-fixture.js';

// asOf is 2025-06-30T12:00Z.
const invoices = [
  invoice('INV-1', '2025-02-01', '2025-02-01T15:00:00.000Z'), // paid on its due date: on time
  invoice('INV-2', '2025-03-01', '2025-03-11T09:00:00.000Z'), // 10 days late
  invoice('INV-3', '2025-04-01', '2025-05-01T09:00:00.000Z', { amountPaid: 1000 }), // 30 days late
  invoice('INV-4', '2025-06-20', undefined, { amount: 3000, amountPaid: 1000, status: 'partially_paid' }), // 10 days overdue, 2000 owed
  invoice('INV-5', '2025-07-15', undefined, { issuedDate: '2025-06-15', knownAt: '2025-06-15T06:00:00.000Z' }), // issued, not yet due
  invoice('INV-6', '2025-05-01', undefined, { status: 'void' }),
];

describe('billing metrics', () => {
  it('days-late averages or maxes the lateness of invoices due in the window; unpaid ones count until asOf', () => {
    const s = signals({ invoices });
    const avg = readMetric('days-late', s, { window: '180d' });
    expect(avg.value).toBe((0 + 10 + 30 + 10) / 4);
    expect(avg.evidence.map((e) => e.id)).toEqual(['INV-1', 'INV-2', 'INV-3', 'INV-4']);
    expect(avg.observedAt).toBe('2025-06-20');
    expect(readMetric('days-late', s, { window: '180d', aggregation: 'max' }).value).toBe(30);
    expect(readMetric('days-late', s, { window: '30d' }).value).toBe(10);
  });

  it('late-invoice-share counts invoices a day or more late, with the late ones as evidence', () => {
    const r = readMetric('late-invoice-share', signals({ invoices }), { window: '180d' });
    expect(r.value).toBe(3 / 4);
    expect(r.evidence.map((e) => e.id)).toEqual(['INV-2', 'INV-3', 'INV-4']);
  });

  it('treats a payment after asOf as not yet made (no peeking at the future)', () => {
    const r = readMetric('days-late', signals({ invoices: [invoice('INV-9', '2025-06-10', '2025-07-02T00:00:00.000Z', { knownAt: '2025-06-10T00:00:00.000Z' })] }));
    expect(r.value).toBe(20);
  });

  it('ignores invoices known only after asOf', () => {
    const late = invoice('INV-8', '2025-06-01', undefined, { knownAt: '2025-07-01T00:00:00.000Z' });
    expect(readMetric('days-late', signals({ invoices: [late] })).value).toBeNull();
  });

  it('overdue-balance sums what is owed past due, as an amount or a share of ARR; open-balance includes invoices not yet due', () => {
    const s = signals({ invoices });
    const overdue = readMetric('overdue-balance', s);
    expect(overdue.value).toBe(2000);
    expect(overdue.evidence).toEqual([{ entity: 'invoice', id: 'INV-4' }]);
    expect(readMetric('overdue-balance', s, { aggregation: 'share_of_arr' }).value).toBeCloseTo(2000 / 24_000, 12);
    expect(readMetric('open-balance', s).value).toBe(3000);
  });

  it('failed-payments counts failed attempts in the window; no payment records at all is missing', () => {
    const s = signals({ payments: [payment('P1', '2025-06-01T10:00:00.000Z', 'failed'), payment('P2', '2025-06-04T10:00:00.000Z', 'succeeded'), payment('P0', '2025-01-01T10:00:00.000Z', 'failed')] });
    const r = readMetric('failed-payments', s, { window: '90d' });
    expect(r).toMatchObject({ value: 1, samples: 2, evidence: [{ entity: 'payment', id: 'P1' }] });
    expect(readMetric('failed-payments', signals()).value).toBeNull();
  });
});
