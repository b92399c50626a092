import { describe, expect, it } from 'vitest';
import { kindFromFileName } from './detect-kind.js';

describe('kindFromFileName', () => {
  it.each([
    ['accounts.csv', 'accounts'],
    ['exports/2024-10_tickets.ndjson', 'tickets'],
    ['usage-days.csv', 'usage_days'],
    ['Usage Days.csv', 'usage_days'],
    ['survey_responses_q3.csv', 'survey_responses'],
    ['PAYMENTS.CSV', 'payments'],
    ['Feedback.ndjson', 'feedback'],
    ['internal-users.csv', 'internal_users'],
    ['metric values 2026.csv', 'metric_values'],
    // Singular names.
    ['account.csv', 'accounts'],
    ['invoice-2024.csv', 'invoices'],
    ['activity.ndjson', 'activities'],
    ['Activity Export.csv', 'activities'],
    // Two kinds named: the plural, then the last one, is what the file holds.
    ['tickets_by_account.csv', 'tickets'],
    ['account_contacts.csv', 'contacts'],
    ['account-usage-days.csv', 'usage_days'],
    ['invoice_payment.csv', 'payments'],
  ])('%s holds %s', (file, kind) => {
    expect(kindFromFileName(file)).toBe(kind);
  });

  it.each(['export.csv', 'Salesforce Report.csv', 'usage.csv', 'users.csv'])('%s names no kind', (file) => {
    expect(kindFromFileName(file)).toBeUndefined();
  });
});
