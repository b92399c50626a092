import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** An account shared with a user beyond the ones they own. */
export interface StoredShare {
  readonly accountId: number;
  readonly accountExternalId: string;
  readonly userId: number;
  readonly userEmail: string;
  readonly grantedBy: string;
  readonly createdAt: string;
}

/** A rep's reach: the accounts whose current owner is `ownerEmail` (lower-cased, as imports store it) and those shared with `userId`. */
export interface RepScope {
  readonly ownerEmail: string;
  readonly userId: number;
}

function sharesWithNames(db: Kysely<Database>) {
  return db
    .selectFrom('account_shares')
    .innerJoin('accounts', 'accounts.id', 'account_shares.account_id')
    .innerJoin('users', 'users.id', 'account_shares.user_id')
    .select(['account_shares.account_id', 'accounts.external_id', 'account_shares.user_id', 'users.email', 'account_shares.granted_by', 'account_shares.created_at']);
}

function toShare(row: { account_id: number; external_id: string; user_id: number; email: string; granted_by: string; created_at: string }): StoredShare {
  return { accountId: Number(row.account_id), accountExternalId: row.external_id, userId: Number(row.user_id), userEmail: row.email, grantedBy: row.granted_by, createdAt: row.created_at };
}

/** Who an account is shared with, and which accounts a rep may see. */
export const AccountShareRepository = {
  /** Shares the account; false when it was already shared with that user (nothing written). */
  async share(db: Kysely<Database>, share: { accountId: number; userId: number; grantedBy: string; at: string }): Promise<boolean> {
    const row = await db
      .insertInto('account_shares')
      .values({ account_id: share.accountId, user_id: share.userId, granted_by: share.grantedBy, created_at: share.at })
      .onConflict((oc) => oc.columns(['account_id', 'user_id']).doNothing())
      .returning('account_id')
      .executeTakeFirst();
    return row !== undefined;
  },

  /** Removes the share; returns it as it was, or undefined when there was none. */
  async unshare(db: Kysely<Database>, share: { accountId: number; userId: number }): Promise<StoredShare | undefined> {
    const before = await AccountShareRepository.get(db, share.accountId, share.userId);
    if (!before) return undefined;
    const result = await db.deleteFrom('account_shares').where('account_id', '=', share.accountId).where('user_id', '=', share.userId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0 ? before : undefined;
  },

  async get(db: Kysely<Database>, accountId: number, userId: number): Promise<StoredShare | undefined> {
    const row = await sharesWithNames(db).where('account_shares.account_id', '=', accountId).where('account_shares.user_id', '=', userId).executeTakeFirst();
    return row ? toShare(row) : undefined;
  },

  /** The users an account is shared with, by email. */
  async forAccount(db: Kysely<Database>, accountId: number): Promise<StoredShare[]> {
    const rows = await sharesWithNames(db).where('account_shares.account_id', '=', accountId).orderBy('users.email').execute();
    return rows.map(toShare);
  },

  /** The accounts shared with a user, by external id. */
  async forUser(db: Kysely<Database>, userId: number): Promise<StoredShare[]> {
    const rows = await sharesWithNames(db).where('account_shares.user_id', '=', userId).orderBy('accounts.external_id').execute();
    return rows.map(toShare);
  },

  /** Every share, by account then user. */
  async list(db: Kysely<Database>): Promise<StoredShare[]> {
    const rows = await sharesWithNames(db).orderBy('accounts.external_id').orderBy('users.email').execute();
    return rows.map(toShare);
  },

  /** The ids of the accounts in a rep's scope (owned now, or shared), ascending. */
  async visibleAccountIds(db: Kysely<Database>, scope: RepScope): Promise<number[]> {
    const { rows } = await sql<{ id: number }>`
      select id from accounts where owner_email = ${scope.ownerEmail}
      union
      select account_id as id from account_shares where user_id = ${scope.userId}
      order by id`.execute(db);
    return rows.map((r) => Number(r.id));
  },

  /**
   * Every distinct current account owner, with their name when an imported internal user
   * has that email: the people who would log in as reps.
   */
  async accountOwners(db: Kysely<Database>): Promise<Array<{ email: string; name?: string }>> {
    const { rows } = await sql<{ email: string; name: string | null }>`
      select o.email, (select max(u.name) from internal_users u where u.email = o.email) as name
      from (select distinct owner_email as email from accounts where owner_email is not null) o
      order by o.email`.execute(db);
    return rows.map((r) => ({ email: r.email, ...(r.name !== null ? { name: r.name } : {}) }));
  },

  /** Whether the account (by external id) is in a rep's scope. */
  async inScope(db: Kysely<Database>, accountExternalId: string, scope: RepScope): Promise<boolean> {
    const row = await db
      .selectFrom('accounts')
      .select('accounts.id')
      .where('accounts.external_id', '=', accountExternalId)
      .where((eb) => eb.or([eb('accounts.owner_email', '=', scope.ownerEmail), eb.exists(eb.selectFrom('account_shares').select('account_shares.account_id').whereRef('account_shares.account_id', '=', 'accounts.id').where('account_shares.user_id', '=', scope.userId))]))
      .executeTakeFirst();
    return row !== undefined;
  },
};
