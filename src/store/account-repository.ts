import type { Kysely } from 'kysely';
import { FACT_TABLES, fromRow } from './fact-tables.js';
import type { Database } from './schema.js';

export interface AccountRefRow {
  readonly id: number;
  readonly externalId: string;
  readonly domains: readonly string[];
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
};
