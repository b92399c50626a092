import { sql, type Kysely, type RawBuilder } from 'kysely';
import { columnName, ENTITY_KIND_SPECS, fieldWireType, type EntityKind } from '../domain/index.js';
import { FACT_TABLES, fromRow, type FactTable } from './fact-tables.js';
import type { Database } from './schema.js';

/** The kinds of imported record that belong to an account (accounts and internal users do not). */
export const RECORD_KINDS = ['invoices', 'payments', 'tickets', 'survey_responses', 'usage_days', 'feedback', 'activities', 'contacts', 'outcomes', 'metric_values'] as const satisfies readonly EntityKind[];
export type RecordKind = (typeof RECORD_KINDS)[number];

/** One version of a record: our row id, its natural key, when Bellwether learned it, its account, and its fields. */
export interface StoredRecord {
  readonly kind: RecordKind;
  /** The row id, the same for every version of the record. */
  readonly id: number;
  readonly recordKey: string;
  readonly knownAt: string;
  readonly accountId: number | null;
  readonly accountExternalId: string | null;
  /** The record's domain fields as stored (no `accountId`, no `knownAt`). */
  readonly fields: Readonly<Record<string, unknown>>;
}

export interface RecordPageQuery {
  readonly accountId: number;
  /** Inclusive bounds on the kind's time field (ISO 8601 times); a date field is compared by day. */
  readonly from?: string;
  readonly to?: string;
  /** How many rows to read; a caller paging asks for one more than it shows. */
  readonly limit: number;
  /** The sort key of the last row of the previous page: `[time, id]`, or `[id]` for a kind without a time field. */
  readonly after?: readonly [string, number] | readonly [number];
}

/** What names one record: its natural key, or within an account, the id snapshot evidence gives it. */
export interface RecordLookup {
  readonly key: string;
  /** Only this account's records; lets `key` also be an evidence id (see {@link evidenceMatch}). */
  readonly accountId?: number;
}

type Row = Record<string, unknown>;

const t = (column: string) => sql.ref(`t.${column}`);

/** The column that says when a record happened, and whether it holds dates (YYYY-MM-DD) rather than times. */
function timeColumnOf(kind: RecordKind): { column: string; isDate: boolean } | undefined {
  const field = ENTITY_KIND_SPECS[kind].occurredAtField;
  if (field === undefined) return undefined;
  const wire = fieldWireType(ENTITY_KIND_SPECS[kind].schema.shape[field] as Parameters<typeof fieldWireType>[0]);
  return { column: columnName(field), isDate: wire?.type === 'date' };
}

/** The first day whose midnight is at or after `time`. */
function firstDayFrom(time: string): string {
  const day = time.slice(0, 10);
  return time.slice(10) === 'T00:00:00.000Z' ? day : new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Snapshot evidence names a record by its external id where it has one, else by what
 * identifies it within its account (src/scoring/metrics/evidence-for.ts): a usage day by
 * its date, a metric value by `metric@observedAt`, a survey answer without an id by
 * `kind@respondedAt`, a contact by its external id or email. Those are unique only within
 * an account, so they are matched only with one.
 */
function evidenceMatch(kind: RecordKind, id: string): RawBuilder<unknown> {
  const at = id.indexOf('@');
  const [head, tail] = at > 0 ? [id.slice(0, at), id.slice(at + 1)] : [id, ''];
  switch (kind) {
    case 'usage_days':
      return sql`${t('date')} = ${id}`;
    case 'metric_values':
      return sql`(${t('metric')} = ${head} and ${t('observed_at')} = ${tail})`;
    case 'survey_responses':
      return sql`(${t('external_id')} = ${id} or (${t('external_id')} is null and ${t('kind')} = ${head} and ${t('responded_at')} = ${tail}))`;
    case 'contacts':
      return sql`(${t('external_id')} = ${id} or ${t('email')} = ${id})`;
    default:
      return sql`${t('external_id')} = ${id}`;
  }
}

function toRecord(kind: RecordKind, table: FactTable, row: Row): StoredRecord {
  const { accountId, ...fields } = fromRow(table, row);
  return {
    kind,
    id: Number(row.id),
    recordKey: String(row.record_key),
    knownAt: String(row.known_at),
    accountId: accountId === undefined ? null : Number(accountId),
    accountExternalId: row.owner_external_id === null || row.owner_external_id === undefined ? null : String(row.owner_external_id),
    fields,
  };
}

/** Reads imported records of the kinds that belong to accounts, for the API's evidence views. */
export const RecordRepository = {
  /**
   * An account's current records of one kind, newest first by the kind's time field, then
   * by id (contacts, which have no time field, by id alone); `after` continues a page.
   *
   * @example
   * const page = await RecordRepository.list(db, 'invoices', { accountId: 7, from: '2026-01-01T00:00:00.000Z', limit: 51 });
   */
  async list(db: Kysely<Database>, kind: RecordKind, query: RecordPageQuery): Promise<StoredRecord[]> {
    const table = FACT_TABLES[kind];
    const time = timeColumnOf(kind);
    const where: RawBuilder<unknown>[] = [sql`${t('account_id')} = ${query.accountId}`];
    if (time) {
      if (query.from !== undefined) where.push(sql`${t(time.column)} >= ${time.isDate ? firstDayFrom(query.from) : query.from}`);
      if (query.to !== undefined) where.push(sql`${t(time.column)} <= ${time.isDate ? query.to.slice(0, 10) : query.to}`);
    }
    if (query.after) {
      const [first, second] = query.after;
      where.push(time && second !== undefined ? sql`(${t(time.column)} < ${first} or (${t(time.column)} = ${first} and ${t('id')} < ${second}))` : sql`${t('id')} < ${first}`);
    }
    const order = time ? sql`${t(time.column)} desc, ${t('id')} desc` : sql`${t('id')} desc`;
    const { rows } = await sql<Row>`
      select t.*, a.external_id as owner_external_id
      from ${sql.table(table.table)} as t left join accounts as a on a.id = t.account_id
      where ${sql.join(where, sql` and `)}
      order by ${order}
      limit ${query.limit}`.execute(db);
    return rows.map((r) => toRecord(kind, table, r));
  },

  /**
   * One record by its natural key, or within an account by the id its snapshot evidence
   * uses; as Bellwether knew it at `asOf` when given (the current version if known by
   * then, else the history version believed then), else its current version.
   */
  async find(db: Kysely<Database>, kind: RecordKind, lookup: RecordLookup, asOf?: string): Promise<StoredRecord | undefined> {
    const table = FACT_TABLES[kind];
    const match =
      lookup.accountId === undefined
        ? sql`${t('record_key')} = ${lookup.key}`
        : sql`${t('account_id')} = ${lookup.accountId} and (${t('record_key')} = ${lookup.key} or ${evidenceMatch(kind, lookup.key)})`;
    const read = async (from: string, believed: RawBuilder<unknown> | undefined) => {
      const { rows } = await sql<Row>`
        select t.*, a.external_id as owner_external_id
        from ${sql.table(from)} as t left join accounts as a on a.id = t.account_id
        where ${match}${believed ? sql` and ${believed}` : sql``}
        order by t.id
        limit 1`.execute(db);
      return rows[0];
    };
    const current = await read(table.table, asOf === undefined ? undefined : sql`${t('known_at')} <= ${asOf}`);
    if (current || asOf === undefined) return current && toRecord(kind, table, current);
    const past = await read(table.historyTable, sql`${t('known_at')} <= ${asOf} and ${t('superseded_at')} > ${asOf}`);
    return past && toRecord(kind, table, past);
  },
};
