import { z } from 'zod';
import { amountField, choiceField, currencyField, dateField, idField, optional, required, textField, timestampField } from './fields.js';

export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'partially_paid', 'void', 'uncollectible'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** A bill sent to an account. Lateness is derived from `dueDate` and `paidAt`, not stored. */
export const InvoiceSchema = z
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
  })
  .superRefine((inv, ctx) => {
    if (inv.dueDate < inv.issuedDate) {
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: `due date ${inv.dueDate} is before issue date ${inv.issuedDate}`, params: { reason: 'inconsistent_dates' } });
    }
  });
export type Invoice = z.output<typeof InvoiceSchema>;
