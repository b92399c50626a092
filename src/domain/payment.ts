import { z } from 'zod';
import { amountField, choiceField, currencyField, idField, optional, required, textField, timestampField } from './fields.js';

export const PAYMENT_STATUSES = ['succeeded', 'failed', 'pending', 'refunded'] as const;

/** One attempt to collect money; failed attempts are kept, they are a signal. */
export const PaymentSchema = z.object({
  externalId: required(idField),
  accountExternalId: required(idField),
  invoiceExternalId: optional(idField),
  attemptedAt: required(timestampField),
  amount: required(amountField),
  currency: optional(currencyField),
  status: required(choiceField(PAYMENT_STATUSES)),
  failureReason: optional(textField),
  knownAt: optional(timestampField),
});
export type Payment = z.output<typeof PaymentSchema>;
