import type { EntityKind } from '../domain/index.js';
import type { DirtyKind } from './dirty-kinds.js';
import type { Random } from './random.js';
import type { Row } from './row-sink.js';

/**
 * Turns a clean row into a dirty one, or returns undefined when this row cannot carry that
 * fault (say, no email to break). For `duplicate` it returns the conflicting second row.
 */
export type Corruption = (row: Row, rng: Random) => Row | undefined;

function text(row: Row, field: string): string | undefined {
  const v = row[field];
  return typeof v === 'string' && v.length > 0 ? v : typeof v === 'number' ? String(v) : undefined;
}

/** 2024-02-30: the year stays, the day cannot exist. Works for dates and timestamps. */
const impossibleDate = (field: string): Corruption => (row) => {
  const v = text(row, field);
  return v === undefined ? undefined : { ...row, [field]: `${v.slice(0, 4)}-02-30${v.slice(10)}` };
};

const negativeAmount = (field: string): Corruption => (row) => {
  const v = text(row, field);
  return v === undefined || !(Number(v) > 0) ? undefined : { ...row, [field]: `-${v}` };
};

/** Numbers as people type them into spreadsheets: "12,5k", "n/a", "~40". */
const unparseableNumber = (field: string): Corruption => (row, rng) => {
  const v = text(row, field);
  if (v === undefined) return undefined;
  const n = Number(v);
  const bad = n >= 1000 ? `${(n / 1000).toFixed(1).replace('.', ',')}k` : rng.pick(['n/a', `~${v}`, `${v} approx`]);
  return { ...row, [field]: bad };
};

/** An id no account has (real ids are all digits after `ACC-`). */
const unknownAccount: Corruption = (row, rng) => (text(row, 'account_external_id') === undefined ? undefined : { ...row, account_external_id: `ACC-X${rng.int(10000, 99999)}` });

function breakEmail(email: string, rng: Random): string {
  const [local, domain] = email.split('@');
  return rng.pick([`${local}@@${domain}`, `${local} at ${domain}`, `${local}`, `${local}@${domain}>`]);
}

const invalidEmail = (field: string): Corruption => (row, rng) => {
  const v = text(row, field);
  return v === undefined ? undefined : { ...row, [field]: breakEmail(v, rng) };
};

const badEnum = (field: string, values: readonly string[]): Corruption => (row, rng) => (text(row, field) === undefined ? undefined : { ...row, [field]: rng.pick(values) });

/** Same key, same `known_at`, different content: a conflicting re-export. */
const duplicate = (change: (row: Row, rng: Random) => Row | undefined): Corruption => change;

const bump = (field: string, format: (n: number) => string | number): Corruption => (row, rng) => {
  const v = text(row, field);
  return v === undefined ? undefined : { ...row, [field]: format(Number(v) + rng.int(1, 5)) };
};

const participantEmail: Corruption = (row, rng) => {
  const list = row.participants;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const i = rng.int(0, list.length - 1);
  const broken = list.map((p: { email: string }, j) => (j === i ? { ...p, email: breakEmail(p.email, rng) } : p));
  return { ...row, participants: broken };
};

/** Which faults each file can carry. Outcomes and internal users stay clean: they are the ground truth and the owners. */
export const CORRUPTIONS: Readonly<Record<EntityKind, Partial<Record<DirtyKind, Corruption>>>> = {
  accounts: {
    impossible_date: impossibleDate('renewal_date'),
    negative_amount: negativeAmount('arr'),
    unparseable_number: unparseableNumber('arr'),
    invalid_email: invalidEmail('owner_email'),
    bad_enum: badEnum('lifecycle_stage', ['live', 'at risk!', 'former']),
    duplicate: duplicate(bump('seats', (n) => n)),
  },
  internal_users: {},
  contacts: {
    invalid_email: invalidEmail('email'),
    bad_enum: badEnum('role', ['champ', 'sponsor', 'power user']),
    duplicate: duplicate((row, rng) => ({ ...row, title: rng.pick(['Director', 'Manager', 'Lead']) })),
  },
  activities: {
    impossible_date: impossibleDate('occurred_at'),
    invalid_email: participantEmail,
    bad_enum: badEnum('type', ['meetng', 'sms', 'chat']),
    duplicate: duplicate((row) => ({ ...row, subject: `Fwd: ${String(row.subject)}` })),
  },
  invoices: {
    impossible_date: impossibleDate('issued_date'),
    negative_amount: negativeAmount('amount'),
    unparseable_number: unparseableNumber('amount'),
    unknown_account: unknownAccount,
    bad_enum: badEnum('status', ['payed', 'overdue', 'PAID IN FULL']),
    duplicate: duplicate(bump('amount', (n) => n.toFixed(2))),
  },
  payments: {
    impossible_date: impossibleDate('attempted_at'),
    negative_amount: negativeAmount('amount'),
    unparseable_number: unparseableNumber('amount'),
    unknown_account: unknownAccount,
    bad_enum: badEnum('status', ['success', 'declined', 'ok']),
  },
  tickets: {
    impossible_date: impossibleDate('opened_at'),
    invalid_email: invalidEmail('requester_email'),
    bad_enum: badEnum('priority', ['critical', 'p1', 'asap']),
    duplicate: duplicate((row) => ({ ...row, priority: row.priority === 'urgent' ? 'low' : 'urgent' })),
  },
  usage_days: {
    impossible_date: impossibleDate('date'),
    unparseable_number: unparseableNumber('active_users'),
    unknown_account: unknownAccount,
    duplicate: duplicate(bump('active_users', (n) => n)),
  },
  survey_responses: {
    impossible_date: impossibleDate('responded_at'),
    unparseable_number: unparseableNumber('score'),
    invalid_email: invalidEmail('contact_email'),
    bad_enum: badEnum('kind', ['net_promoter', 'csat5', 'survey']),
  },
  feedback: {
    impossible_date: impossibleDate('received_at'),
    invalid_email: invalidEmail('contact_email'),
    duplicate: duplicate((row) => ({ ...row, text: `${String(row.text)} (edited)` })),
  },
  outcomes: {},
  metric_values: {
    impossible_date: impossibleDate('observed_at'),
    unparseable_number: unparseableNumber('value'),
    unknown_account: unknownAccount,
    duplicate: duplicate(bump('value', (n) => n.toFixed(1))),
  },
};
