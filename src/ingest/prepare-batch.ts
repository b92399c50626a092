import type { EntityKindSpec, Participant } from '../domain/index.js';
import { messageFeaturesOf } from '../nlp/index.js';
import { contentHash, FACT_TABLES, toColumnValues, type NewUnmatchedActivity, type QuarantineEntry } from '../store/index.js';
import type { AccountDirectory } from './account-directory.js';
import { directionOf, domainOf } from './people-directory.js';
import type { ReadResult } from './readers/index.js';
import type { RecordBuilder } from './record-builder.js';

/**
 * A validated row ready to be written: its natural key, column values and content hash.
 * `knownAt` is undefined when the row does not say; the writer gives it the file's.
 */
export interface PreparedVersion {
  readonly key: string;
  knownAt: string | undefined;
  readonly line: number;
  readonly values: readonly unknown[];
  readonly hash: string;
}

/**
 * A customer on a matched message or meeting who is no contact yet, at one of the account's own
 * domains: the import makes them a contact of it, known from when the activity was.
 */
export interface DiscoveredContact {
  readonly email: string;
  readonly name?: string;
  readonly accountId: number;
  readonly accountExternalId: string;
  /** The activity's own known_at (a message's date), undefined when it gave none. */
  readonly knownAt: string | undefined;
  readonly line: number;
}

/** One batch of a file, validated and matched to accounts: what to write and what to quarantine. */
export interface PreparedBatch {
  readonly rowsRead: number;
  readonly versions: PreparedVersion[];
  /**
   * Source text of the versions, end to end, and where each ends: for quarantining a
   * duplicate. One string, not one per row, because sending thousands of small strings to
   * the writer's thread cost more than the rest of the message.
   */
  readonly rawText: string;
  readonly rawEnds: number[];
  readonly rejected: QuarantineEntry[];
  /** Activities no account was found for: they go to the review list. */
  readonly unmatched: NewUnmatchedActivity[];
  /** New contacts met on the batch's activities, each address once. */
  readonly contacts: DiscoveredContact[];
  /** Source characters of the batch's records, for the progress estimate. */
  readonly bytes: number;
}

export interface BatchContext {
  readonly builder: RecordBuilder;
  readonly directory: AccountDirectory;
  readonly spec: EntityKindSpec;
  /** False keeps only the features derived from message text, not the text (`store_bodies: false`). */
  readonly storeBodies?: boolean;
}

/**
 * What the import adds to an activity before it is matched: each participant's side, the
 * direction when the source does not give one, and the features of its text (kept even when
 * the text is not). Undefined when the direction cannot be told.
 */
function completeActivity(record: Record<string, unknown>, directory: AccountDirectory, storeBodies: boolean): string | undefined {
  const participants = directory.people.withSides((record.participants ?? []) as Participant[]);
  record.participants = participants;
  record.direction ??= directionOf(participants);
  if (record.direction === undefined) return 'no sender, recipient, organizer or attendee with an email address: neither the direction nor the account can be told (a calendar entry nobody is invited to is not a meeting with a customer)';
  // An email always has features (an empty one has zero of everything), so engagement can tell it had no text.
  if (typeof record.bodyText === 'string' || record.type === 'email') {
    record.features ??= messageFeaturesOf(typeof record.bodyText === 'string' ? record.bodyText : '');
    if (!storeBodies) delete record.bodyText;
  }
  return undefined;
}

/**
 * The customers on a matched activity to make contacts of: not contacts yet, and at one of the
 * account's domains (a partner or a personal address on the thread is not the account's person).
 */
function discoverContacts(record: Readonly<Record<string, unknown>>, account: { id: number; externalId: string; domains: readonly string[] }, directory: AccountDirectory, line: number, seen: Set<string>, into: DiscoveredContact[]): void {
  for (const p of record.participants as readonly Participant[]) {
    if (p.side !== 'customer' || seen.has(p.email) || directory.people.isContact(p.email) || !account.domains.includes(domainOf(p.email))) continue;
    seen.add(p.email);
    into.push({ email: p.email, ...(p.name ? { name: p.name } : {}), accountId: account.id, accountExternalId: account.externalId, knownAt: record.knownAt as string | undefined, line });
  }
}

/** Rows validated between yields to the event loop: a few ms of work, so a waiting database reply is read promptly. */
const YIELD_EVERY = 250;

/** Validates a batch and matches it to accounts: the versions to write and the rows to quarantine. */
export async function prepareBatch(batch: readonly ReadResult[], { builder, directory, spec, storeBodies = true }: BatchContext): Promise<PreparedBatch> {
  const table = FACT_TABLES[spec.kind];
  const versions: PreparedVersion[] = [];
  const raws: string[] = [];
  const rawEnds: number[] = [];
  let rawLength = 0;
  const rejected: QuarantineEntry[] = [];
  const unmatched: NewUnmatchedActivity[] = [];
  const contacts: DiscoveredContact[] = [];
  const contactsSeen = new Set<string>();
  const isActivity = spec.kind === 'activities';
  let bytes = 0;
  let i = 0;
  for (const result of batch) {
    // When this runs on the writer's thread, the previous batch's statements go on meanwhile: each needs the event loop to read its reply and send the next.
    if (++i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    if (!result.ok) {
      const { issue } = result;
      rejected.push({ line: issue.line, code: issue.code, message: issue.message, ...(issue.column ? { column: issue.column } : {}), ...(issue.raw !== undefined ? { raw: issue.raw } : {}) });
      continue;
    }
    const { record: raw } = result;
    bytes += raw.raw.length + 1;
    const built = builder.build(raw);
    if (!built.ok) {
      rejected.push({ line: raw.line, code: built.code, message: built.message, raw: raw.raw, ...(built.column ? { column: built.column } : {}) });
      continue;
    }
    const record = built.record;
    if (isActivity) {
      const problem = completeActivity(record, directory, storeBodies);
      if (problem) {
        rejected.push({ line: raw.line, code: 'no_participants', message: problem, raw: raw.raw, column: builder.columnOf('participants') });
        continue;
      }
    }
    const match = directory.match(spec, record);
    if (!match.ok && match.unmatched) {
      unmatched.push({
        key: spec.naturalKey(record),
        line: raw.line,
        type: String(record.type),
        occurredAt: String(record.occurredAt),
        ...(typeof record.subject === 'string' ? { subject: record.subject } : {}),
        reason: match.unmatched.reason,
        addresses: match.unmatched.addresses,
        record,
      });
      continue;
    }
    if (!match.ok) {
      rejected.push({ line: raw.line, code: match.code, message: match.message, raw: raw.raw, column: builder.columnOf(match.field) });
      continue;
    }
    if (match.account) {
      record.accountId = match.account.id;
      record.accountExternalId = match.account.externalId;
      if (isActivity) discoverContacts(record, match.account, directory, raw.line, contactsSeen, contacts);
    }
    const values = toColumnValues(table, record);
    raws.push(raw.raw);
    rawLength += raw.raw.length;
    rawEnds.push(rawLength);
    versions.push({ key: spec.naturalKey(record), knownAt: record.knownAt as string | undefined, line: raw.line, values, hash: contentHash(values) });
  }
  return { rowsRead: batch.length, versions, rawText: raws.join(''), rawEnds, rejected, unmatched, contacts, bytes };
}

/** The source text of the batch's `index`th version. */
export function rawOfVersion(batch: Pick<PreparedBatch, 'rawText' | 'rawEnds'>, index: number): string {
  return batch.rawText.slice(index === 0 ? 0 : batch.rawEnds[index - 1], batch.rawEnds[index]);
}
