import { columnName, type EntityKind, entityFields } from '../domain/index.js';
import { ACCOUNT_ATTRIBUTE_COLUMNS } from './account-rows.js';

export type DemoFormat = 'csv' | 'ndjson';

/** Emails as RFC 5322 messages in one mboxrd file, meetings as one iCalendar file. */
export const DEMO_MAIL_FILE = 'mail.mbox';
export const DEMO_CALENDAR_FILE = 'calendar.ics';

/** The file each kind's rows are written to. Activity rows (calls) and feedback are NDJSON (nested participants, long text). */
export const DEMO_FILES: Readonly<Record<EntityKind, { readonly name: string; readonly format: DemoFormat }>> = {
  accounts: { name: 'accounts.csv', format: 'csv' },
  internal_users: { name: 'internal_users.csv', format: 'csv' },
  contacts: { name: 'contacts.csv', format: 'csv' },
  activities: { name: 'activities.ndjson', format: 'ndjson' },
  invoices: { name: 'invoices.csv', format: 'csv' },
  payments: { name: 'payments.csv', format: 'csv' },
  tickets: { name: 'tickets.csv', format: 'csv' },
  usage_days: { name: 'usage_days.csv', format: 'csv' },
  survey_responses: { name: 'survey_responses.csv', format: 'csv' },
  feedback: { name: 'feedback.ndjson', format: 'ndjson' },
  outcomes: { name: 'outcomes.csv', format: 'csv' },
  metric_values: { name: 'metric_values.csv', format: 'csv' },
};

/** Canonical columns of a kind in schema order; accounts swap `attributes` for `attr_*` columns at the end. */
export function demoColumns(kind: EntityKind): readonly string[] {
  const columns = entityFields(kind)
    .filter((f) => f !== 'attributes')
    .map(columnName);
  return kind === 'accounts' ? [...columns, ...ACCOUNT_ATTRIBUTE_COLUMNS] : columns;
}
