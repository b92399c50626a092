import type { z } from 'zod';
import { AccountSchema } from './account.js';
import { ActivitySchema } from './activity.js';
import { ContactSchema } from './contact.js';
import { FeedbackSchema } from './feedback.js';
import { InternalUserSchema } from './internal-user.js';
import { InvoiceSchema } from './invoice.js';
import { MetricValueSchema } from './metric-value.js';
import { OutcomeSchema } from './outcome.js';
import { PaymentSchema } from './payment.js';
import { SurveyResponseSchema } from './survey-response.js';
import { TicketSchema } from './ticket.js';
import { UsageDaySchema } from './usage-day.js';

/** The kinds of record a user can import, in the order that satisfies their references. */
export const ENTITY_KINDS = [
  'accounts',
  'internal_users',
  'contacts',
  'activities',
  'invoices',
  'payments',
  'tickets',
  'usage_days',
  'survey_responses',
  'feedback',
  'outcomes',
  'metric_values',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

type AnyObjectSchema = z.ZodObject<z.ZodRawShape>;

export interface EntityKindSpec {
  readonly kind: EntityKind;
  /** The schema every imported record of this kind passes, whatever its file format. */
  readonly schema: AnyObjectSchema;
  /**
   * How the record names its account: `required` (an account id must resolve), `optional`
   * (resolved by id, else by a contact's email domain), or `none` (the record is not owned).
   */
  readonly accountRef: 'required' | 'optional' | 'none';
  /** The email field (or participants list) whose domain identifies the account when no account id is given. */
  readonly emailForMatching?: string;
  /** The natural key: records with the same key are versions of one fact. */
  naturalKey(record: Record<string, unknown>): string;
  /** The field that says when the fact happened (absent for slowly changing state). */
  readonly occurredAtField?: string;
}

function text(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

/** When an export has no id for a record, its identity is what it says and about whom. */
function derivedKey(r: Record<string, unknown>, fields: readonly string[]): string {
  return fields.map((f) => text(r[f])).join('|');
}

export const ENTITY_KIND_SPECS: Readonly<Record<EntityKind, EntityKindSpec>> = {
  accounts: { kind: 'accounts', schema: AccountSchema as unknown as AnyObjectSchema, accountRef: 'none', naturalKey: (r) => text(r.externalId) },
  internal_users: { kind: 'internal_users', schema: InternalUserSchema as unknown as AnyObjectSchema, accountRef: 'none', naturalKey: (r) => text(r.email) },
  contacts: { kind: 'contacts', schema: ContactSchema as unknown as AnyObjectSchema, accountRef: 'optional', emailForMatching: 'email', naturalKey: (r) => text(r.email) },
  activities: { kind: 'activities', schema: ActivitySchema as unknown as AnyObjectSchema, accountRef: 'optional', emailForMatching: 'participants', naturalKey: (r) => text(r.externalId), occurredAtField: 'occurredAt' },
  invoices: { kind: 'invoices', schema: InvoiceSchema as unknown as AnyObjectSchema, accountRef: 'required', naturalKey: (r) => text(r.externalId), occurredAtField: 'issuedDate' },
  payments: { kind: 'payments', schema: PaymentSchema as unknown as AnyObjectSchema, accountRef: 'required', naturalKey: (r) => text(r.externalId), occurredAtField: 'attemptedAt' },
  tickets: { kind: 'tickets', schema: TicketSchema as unknown as AnyObjectSchema, accountRef: 'optional', emailForMatching: 'requesterEmail', naturalKey: (r) => text(r.externalId), occurredAtField: 'openedAt' },
  usage_days: { kind: 'usage_days', schema: UsageDaySchema as unknown as AnyObjectSchema, accountRef: 'required', naturalKey: (r) => derivedKey(r, ['accountExternalId', 'date']), occurredAtField: 'date' },
  survey_responses: {
    kind: 'survey_responses',
    schema: SurveyResponseSchema as unknown as AnyObjectSchema,
    accountRef: 'optional',
    emailForMatching: 'contactEmail',
    naturalKey: (r) => text(r.externalId) || derivedKey(r, ['accountExternalId', 'contactEmail', 'kind', 'respondedAt']),
    occurredAtField: 'respondedAt',
  },
  feedback: {
    kind: 'feedback',
    schema: FeedbackSchema as unknown as AnyObjectSchema,
    accountRef: 'optional',
    emailForMatching: 'contactEmail',
    naturalKey: (r) => text(r.externalId) || derivedKey(r, ['accountExternalId', 'contactEmail', 'source', 'receivedAt']),
    occurredAtField: 'receivedAt',
  },
  outcomes: {
    kind: 'outcomes',
    schema: OutcomeSchema as unknown as AnyObjectSchema,
    accountRef: 'required',
    naturalKey: (r) => text(r.externalId) || derivedKey(r, ['accountExternalId', 'date']),
    occurredAtField: 'date',
  },
  metric_values: {
    kind: 'metric_values',
    schema: MetricValueSchema as unknown as AnyObjectSchema,
    accountRef: 'required',
    naturalKey: (r) => derivedKey(r, ['accountExternalId', 'metric', 'observedAt']),
    occurredAtField: 'observedAt',
  },
};

/** `accountExternalId` → `account_external_id`: the canonical column name of a field. */
export function columnName(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** `account_external_id` → `accountExternalId`. */
export function fieldName(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The fields of a kind, in schema order. */
export function entityFields(kind: EntityKind): readonly string[] {
  return Object.keys(ENTITY_KIND_SPECS[kind].schema.shape);
}
