import { DAY_MS } from '../time-ms.js';
import type { IndexedInvoice } from '../signal-index.js';

/** Void and draft invoices were never owed. */
export function isBillable(inv: IndexedInvoice): boolean {
  return inv.record.status !== 'void' && inv.record.status !== 'draft';
}

/** Paid as of asOf; an invoice marked paid without a payment time counts as paid on its due date. */
export function isSettled(inv: IndexedInvoice): boolean {
  return !Number.isNaN(inv.paidMs) || (inv.record.status === 'paid' && inv.record.paidAt === undefined);
}

/** Whole days an invoice was (or still is) paid after its due date, as of asOf: paying on the due date is on time. */
export function daysLate(inv: IndexedInvoice, asOfMs: number): number {
  const settled = Number.isNaN(inv.paidMs) ? (isSettled(inv) ? inv.dueMs : asOfMs) : inv.paidMs;
  return Math.max(0, Math.floor((settled - inv.dueMs) / DAY_MS));
}

/** The amount still owed on an invoice as of asOf. */
export function amountOwed(inv: IndexedInvoice): number {
  if (!isBillable(inv) || isSettled(inv)) return 0;
  return Math.max(0, inv.record.amount - (inv.record.amountPaid ?? 0));
}
