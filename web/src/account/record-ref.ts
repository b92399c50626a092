import type { Schemas } from '../api/api.ts';

export type RecordKind = Schemas['RecordPage']['kind'];

/** A record to show in the evidence panel: by its recordKey, or by the id snapshot evidence names it by. */
export interface RecordRef {
  readonly kind: RecordKind;
  readonly id: string;
  readonly account: string;
  /** The version known then (explain's evidence links carry the moment scored). */
  readonly asOf?: string;
  /** What the reader clicked, as the panel's title. */
  readonly label: string;
}

/** Snapshot evidence names its records by entity (singular); the records API by kind. */
const KIND_OF_ENTITY: Readonly<Record<string, RecordKind>> = {
  invoice: 'invoices',
  payment: 'payments',
  ticket: 'tickets',
  survey_response: 'survey_responses',
  usage_day: 'usage_days',
  feedback: 'feedback',
  activity: 'activities',
  contact: 'contacts',
  outcome: 'outcomes',
  metric_value: 'metric_values',
};

/** The records API's kind for a snapshot evidence entity; undefined for the account itself, a child account or a pulse. */
export function kindOfEntity(entity: string): RecordKind | undefined {
  return KIND_OF_ENTITY[entity];
}

/** A RecordRef from one of explain's evidence `href`s (`/api/v1/records/{kind}/{id}?account=…&asOf=…`). */
export function recordRefFromHref(href: string, label: string): RecordRef | undefined {
  const url = new URL(href, window.location.origin);
  const match = /^\/api\/v1\/records\/([a-z_]+)\/(.+)$/.exec(url.pathname);
  const account = url.searchParams.get('account');
  if (!match?.[1] || !match[2] || !account) return undefined;
  const asOf = url.searchParams.get('asOf');
  return { kind: match[1] as RecordKind, id: decodeURIComponent(match[2]), account, label, ...(asOf ? { asOf } : {}) };
}
