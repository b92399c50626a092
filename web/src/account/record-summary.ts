import type { Schemas } from '../api/api.ts';
import { formatDate, formatMoney } from './format.ts';

/** One line of the timeline: when, and what in a few words. */
export interface RecordLine {
  readonly at: string | undefined;
  readonly title: string;
  readonly detail: string;
}

/** A record as a timeline line; each kind says what matters about it. A kind not named here shows its key. */
export function recordSummary(r: Schemas['Record']): RecordLine {
  switch (r.kind) {
    case 'invoices':
      return { at: r.issuedDate, title: `Invoice ${r.number ?? r.externalId}: ${formatMoney(r.amount, r.currency)}`, detail: `${r.status.replace('_', ' ')}, due ${formatDate(r.dueDate)}${r.paidAt ? `, paid ${formatDate(r.paidAt)}` : ''}` };
    case 'payments':
      return { at: r.attemptedAt, title: `Payment ${r.externalId}: ${formatMoney(r.amount, r.currency)}`, detail: `${r.status}${r.failureReason ? `: ${r.failureReason}` : ''}` };
    case 'tickets':
      return { at: r.openedAt, title: `Ticket ${r.externalId}: ${r.subject ?? '(no subject)'}`, detail: `${r.priority} priority, ${r.status}${r.escalations ? `, escalated ${r.escalations}×` : ''}${r.csat !== undefined ? `, CSAT ${r.csat}` : ''}` };
    case 'survey_responses':
      return { at: r.respondedAt, title: `Survey answer: ${r.score}`, detail: r.comment ?? r.contactEmail ?? '' };
    case 'usage_days':
      return { at: r.date, title: `Usage: ${r.activeUsers} active users`, detail: `${r.events} events; ${r.featuresUsed.join(', ') || 'no features'}` };
    default:
      return { at: r.knownAt, title: r.recordKey, detail: '' };
  }
}
