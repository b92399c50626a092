import { sql, type Kysely } from 'kysely';
import { FACT_TABLES, fromRow } from './fact-tables.js';
import type { Database } from './schema.js';

export interface AccountRefRow {
  readonly id: number;
  readonly externalId: string;
  readonly domains: readonly string[];
}

/** An account and the parent it names, by external id. */
export interface ParentLink {
  readonly id: number;
  readonly externalId: string;
  readonly parentExternalId: string | null;
}

export interface AccountListItem {
  readonly id: number;
  readonly externalId: string;
  readonly record: Record<string, unknown>;
  readonly knownAt: string;
  readonly updatedAt: string;
}

const ACCOUNTS = FACT_TABLES.accounts;

/** Reads accounts: the current state, or the state as Bellwether knew it at a past moment. */
export const AccountRepository = {
  /** Every current account's id, external id and domains (for matching imported records). */
  async refs(db: Kysely<Database>): Promise<AccountRefRow[]> {
    const rows = await db.selectFrom('accounts').select(['id', 'external_id', 'domains']).execute();
    return rows.map((r) => ({ id: Number(r.id), externalId: r.external_id, domains: r.domains ? (JSON.parse(r.domains) as string[]) : [] }));
  },

  async count(db: Kysely<Database>): Promise<number> {
    const row = await db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async list(db: Kysely<Database>, page: { limit: number; offset: number }): Promise<AccountListItem[]> {
    const rows = await db.selectFrom('accounts').selectAll().orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute();
    return rows.map((r) => ({ id: Number(r.id), externalId: r.external_id, record: fromRow(ACCOUNTS, r), knownAt: r.known_at, updatedAt: r.updated_at }));
  },

  /**
   * The account as Bellwether knew it at `asOf`: the current version if it was already
   * known then, else the history version whose [known_at, superseded_at) holds `asOf`.
   */
  async asOf(db: Kysely<Database>, externalId: string, asOf: string): Promise<Record<string, unknown> | undefined> {
    const current = await db.selectFrom('accounts').selectAll().where('record_key', '=', externalId).executeTakeFirst();
    if (!current) return undefined;
    if (current.known_at <= asOf) return fromRow(ACCOUNTS, current);
    const past = await db
      .selectFrom('accounts_history')
      .selectAll()
      .where('record_key', '=', externalId)
      .where('known_at', '<=', asOf)
      .where('superseded_at', '>', asOf)
      .orderBy('known_at', 'desc')
      .executeTakeFirst();
    return past ? fromRow(ACCOUNTS, past) : undefined;
  },

  /** Our id of the current account with this external id. */
  async idOf(db: Kysely<Database>, externalId: string): Promise<number | undefined> {
    const row = await db.selectFrom('accounts').select('id').where('external_id', '=', externalId).executeTakeFirst();
    return row ? Number(row.id) : undefined;
  },

  /**
   * Every account's parent link in the version believed at `asOf` (current row known by
   * then, or the history row believed then), so roll-ups follow the family as it was.
   */
  async parentLinksAsOf(db: Kysely<Database>, asOf: string): Promise<ParentLink[]> {
    const { rows } = await sql<{ id: number; external_id: string; parent_external_id: string | null }>`
      select id, external_id, parent_external_id from accounts where known_at <= ${asOf}
      union all
      select id, external_id, parent_external_id from accounts_history where known_at <= ${asOf} and superseded_at > ${asOf}`.execute(db);
    return rows.map((r) => ({ id: Number(r.id), externalId: r.external_id, parentExternalId: r.parent_external_id }));
  },

  /** The ids of every parent any earlier version of these accounts named. */
  async formerParentIds(db: Kysely<Database>, accountIds: readonly number[]): Promise<number[]> {
    const out = new Set<number>();
    for (let i = 0; i < accountIds.length; i += 1000) {
      const rows = await db
        .selectFrom('accounts_history as h')
        .innerJoin('accounts as p', 'p.external_id', 'h.parent_external_id')
        .select('p.id')
        .distinct()
        .where('h.id', 'in', accountIds.slice(i, i + 1000))
        .execute();
      for (const r of rows) out.add(Number(r.id));
    }
    return [...out];
  },
};
