import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Revocation } from './revocation.js';
import type { Database } from './schema.js';

/** The tables of what people say about accounts: rows are never deleted, they end by expiring or being revoked. */
export type RevocableTable = 'overrides' | 'pulses';

/** A record as stored: the domain fields plus its id, account id and how it ended early, if it did. */
export type StoredRevocable<T> = T & {
  readonly id: number;
  readonly accountId: number;
  readonly revokedAt?: string;
  readonly revokedBy?: string;
  readonly revokeReason?: string;
};

/** The columns of a new row that its own repository fills from the domain object. */
export type RecordColumns<TB extends RevocableTable> = Omit<Insertable<Database[TB]>, 'id' | 'account_id' | 'revoked_at' | 'revoked_by' | 'revoke_reason'>;

/** How one table's rows and its domain objects map to each other. */
export interface RevocableMapping<TB extends RevocableTable, T> {
  readonly table: TB;
  readonly toDomain: (row: Selectable<Database[TB]>) => T;
  readonly toColumns: (record: T) => RecordColumns<TB>;
}

// Large enough to batch a scoring chunk, small enough for SQLite's and PostgreSQL's parameter limits.
const ID_CHUNK = 1000;

/**
 * The repository of one revocable table: overrides and pulses are stored, read and ended alike.
 * @example export const PulseRepository = { ...revocableRecords({ table: 'pulses', toDomain, toColumns }) }
 */
export function revocableRecords<TB extends RevocableTable, T>({ table, toDomain, toColumns }: RevocableMapping<TB, T>) {
  // Kysely types a query over a table chosen at run time as one over every table it could be;
  // every query below reads `from` alone, so its rows are `table`'s.
  const from: RevocableTable = table;
  const rowOf = (row: object) => row as Selectable<Database[TB]>;
  const shared = (row: object) => row as Selectable<Database[RevocableTable]>;

  function toStored(row: object): StoredRevocable<T> {
    const r = shared(row);
    return {
      id: Number(r.id),
      accountId: Number(r.account_id),
      ...toDomain(rowOf(row)),
      ...(r.revoked_at !== null ? { revokedAt: r.revoked_at } : {}),
      ...(r.revoked_by !== null ? { revokedBy: r.revoked_by } : {}),
      ...(r.revoke_reason !== null ? { revokeReason: r.revoke_reason } : {}),
    };
  }

  /** Only what had been said by asOf and was still in force then: created by asOf, not expired or revoked by it. */
  function activeAt(db: Kysely<Database>, asOf: string) {
    return db
      .selectFrom(from)
      .selectAll()
      .where('created_at', '<=', asOf)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', asOf)]))
      .where((eb) => eb.or([eb('revoked_at', 'is', null), eb('revoked_at', '>', asOf)]));
  }

  return {
    async create(db: Kysely<Database>, accountId: number, record: T): Promise<StoredRevocable<T>> {
      const row = await db
        .insertInto(from)
        .values({ account_id: accountId, ...toColumns(record), revoked_at: null, revoked_by: null, revoke_reason: null } as Insertable<Database[RevocableTable]>)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toStored(row);
    },

    async get(db: Kysely<Database>, id: number): Promise<StoredRevocable<T> | undefined> {
      const row = await db
        .selectFrom(from)
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toStored(row) : undefined;
    },

    /** Ends a record at `at`; returns it as revoked, or undefined when there is none or it was already revoked. */
    async revoke(db: Kysely<Database>, revocation: Revocation): Promise<StoredRevocable<T> | undefined> {
      const row = await db
        .updateTable(from)
        .set({ revoked_at: revocation.at, revoked_by: revocation.by, revoke_reason: revocation.reason })
        .where('id', '=', revocation.id)
        .where('revoked_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      return row ? toStored(row) : undefined;
    },

    /** The records in force at asOf (of one account, or of all; by one author, or by any), oldest first. */
    async active(db: Kysely<Database>, filter: { asOf: string; accountId?: number; authorEmail?: string }): Promise<StoredRevocable<T>[]> {
      let q = activeAt(db, filter.asOf);
      if (filter.accountId !== undefined) q = q.where('account_id', '=', filter.accountId);
      if (filter.authorEmail !== undefined) q = q.where('author_email', '=', filter.authorEmail);
      return (await q.orderBy('created_at').orderBy('id').execute()).map(toStored);
    },

    /** Every record of an account, ended or not, newest first. */
    async forAccount(db: Kysely<Database>, accountId: number): Promise<StoredRevocable<T>[]> {
      const rows = await db
        .selectFrom(from)
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toStored);
    },

    /**
     * For the scoring loader: the records in force at asOf, as domain objects, oldest first,
     * keyed by account id (every requested id is a key). Nothing created after asOf is seen,
     * so a backtest scores with what people had said by then; one revoked later still counts.
     */
    async forAccounts(db: Kysely<Database>, accountIds: readonly number[], asOf: string): Promise<Map<number, T[]>> {
      const out = new Map<number, T[]>(accountIds.map((id) => [id, []]));
      for (let i = 0; i < accountIds.length; i += ID_CHUNK) {
        const rows = await activeAt(db, asOf)
          .where('account_id', 'in', accountIds.slice(i, i + ID_CHUNK))
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        for (const row of rows) out.get(Number(row.account_id))?.push(toDomain(rowOf(row)));
      }
      return out;
    },
  };
}
