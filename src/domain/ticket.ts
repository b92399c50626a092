import { z } from 'zod';
import { choiceField, countField, emailField, idField, optional, withDefault, required, scoreField, textField, timestampField } from './fields.js';
import { withChecks } from './record-check.js';

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const TICKET_STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;

/** A support ticket. Matched to its account by id, or by the requester's email domain. */
const TicketFields = z
  .object({
    externalId: required(idField),
    accountExternalId: optional(idField),
    requesterEmail: optional(emailField),
    openedAt: required(timestampField),
    firstResponseAt: optional(timestampField),
    closedAt: optional(timestampField),
    priority: withDefault(choiceField(TICKET_PRIORITIES), () => 'normal' as const),
    status: required(choiceField(TICKET_STATUSES)),
    escalations: withDefault(countField, () => 0),
    reopenings: withDefault(countField, () => 0),
    /** Satisfaction rating given on the ticket, 1 (bad) to 5 (good). */
    csat: optional(scoreField(1, 5)),
    subject: optional(textField),
    text: optional(textField),
    knownAt: optional(timestampField),
  });
export const TicketSchema = withChecks(TicketFields, [
  (t) => (t.closedAt && t.closedAt < t.openedAt ? { field: 'closedAt', message: `closed ${t.closedAt} before it was opened ${t.openedAt}`, reason: 'inconsistent_dates' } : undefined),
]);
export type Ticket = z.output<typeof TicketSchema>;
