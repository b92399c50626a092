import { z } from 'zod';
import { amountField, choiceField, currencyField, dateField, idField, optional, required, textField, timestampField } from './fields.js';
import { withChecks } from './record-check.js';

export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'partially_paid', 'void', 'uncollectible'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** A bill sent to an account. Lateness is derived from `dueDate` and `paidAt`, not stored. */
const InvoiceFields = z
  .object({
    externalId: required(idField),
    accountExternalId: required(idField),
    number: optional(textField),
    issuedDate: required(dateField),
    dueDate: required(dateField),
    amount: required(amountField),
    amountPaid: optional(amountField),
    currency: optional(currencyField),
    status: required(choiceField(INVOICE_STATUSES)),
    paidAt: optional(timestampField),
    knownAt: optional(timestampField),
  });
export const InvoiceSchema = withChecks(InvoiceFields, [
  (inv) => (inv.dueDate < inv.issuedDate ? { field: 'dueDate', message: `due date ${inv.dueDate} is before issue date ${inv.issuedDate}`, reason: 'inconsistent_dates' } : undefined),
]);
export type Invoice = z.output<typeof InvoiceSchema>;
