import type { Kysely, Selectable } from 'kysely';
import type { Override } from '../domain/index.js';
import type { Revocation } from './revocation.js';
import type { Database, OverridesTable } from './schema.js';

/** An override as stored: the domain fields plus its id, account id and how it ended early, if it did. */
export type StoredOverride = Override & {
  readonly id: number;
  readonly accountId: number;
  readonly revokedAt?: string;
  readonly revokedBy?: string;
  readonly revokeReason?: string;
};

// Large enough to batch a scoring chunk, small enough for SQLite's and PostgreSQL's parameter limits.
const ID_CHUNK = 1000;

function toDomain(row: Selectable<OverridesTable>): Override {
  return {
    accountExternalId: row.account_external_id,
    ...(row.scorecard !== null ? { scorecard: row.scorecard } : {}),
    mode: row.mode,
    value: Number(row.value),
    reason: row.reason,
    authorEmail: row.author_email,
    createdAt: row.created_at,
    ...(row.expires_at !== null ? { expiresAt: row.expires_at } : {}),
  };
}

function toStored(row: Selectable<OverridesTable>): StoredOverride {
  return {
    id: Number(row.id),
    accountId: Number(row.account_id),
    ...toDomain(row),
    ...(row.revoked_at !== null ? { revokedAt: row.revoked_at } : {}),
    ...(row.revoked_by !== null ? { revokedBy: row.revoked_by } : {}),
    ...(row.revoke_reason !== null ? { revokeReason: row.revoke_reason } : {}),
  };
}

/** Only what had been said by asOf and was still in force then: created by asOf, not expired or revoked by it. */
function activeAt(db: Kysely<Database>, asOf: string) {
  return db
    .selectFrom('overrides')
    .selectAll()
    .where('created_at', '<=', asOf)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', asOf)]))
    .where((eb) => eb.or([eb('revoked_at', 'is', null), eb('revoked_at', '>', asOf)]));
}

/** Human adjustments of scores. Rows are never deleted; an override ends by expiring or being revoked. */
export const OverrideRepository = {
  async create(db: Kysely<Database>, accountId: number, override: Override): Promise<StoredOverride> {
    const row = await db
      .insertInto('overrides')
      .values({
        account_id: accountId,
        account_external_id: override.accountExternalId,
        scorecard: override.scorecard ?? null,
        mode: override.mode,
        value: override.value,
        reason: override.reason,
        author_email: override.authorEmail,
        created_at: override.createdAt,
        expires_at: override.expiresAt ?? null,
        revoked_at: null,
        revoked_by: null,
        revoke_reason: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStored(row);
  },

  async get(db: Kysely<Database>, id: number): Promise<StoredOverride | undefined> {
    const row = await db.selectFrom('overrides').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toStored(row) : undefined;
  },

  /** Ends an override at `at`; returns it as revoked, or undefined when there is none or it was already revoked. */
  async revoke(db: Kysely<Database>, revocation: Revocation): Promise<StoredOverride | undefined> {
    const row = await db
      .updateTable('overrides')
      .set({ revoked_at: revocation.at, revoked_by: revocation.by, revoke_reason: revocation.reason })
      .where('id', '=', revocation.id)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row ? toStored(row) : undefined;
  },

  /** The overrides in force at asOf (of one account, or of all), oldest first. */
  async active(db: Kysely<Database>, filter: { asOf: string; accountId?: number }): Promise<StoredOverride[]> {
    let q = activeAt(db, filter.asOf);
    if (filter.accountId !== undefined) q = q.where('account_id', '=', filter.accountId);
    return (await q.orderBy('created_at').orderBy('id').execute()).map(toStored);
  },

  /** Every override of an account, ended or not, newest first. */
  async forAccount(db: Kysely<Database>, accountId: number): Promise<StoredOverride[]> {
    const rows = await db.selectFrom('overrides').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
    return rows.map(toStored);
  },

  /**
   * For the scoring loader: the overrides in force at asOf, as domain objects, oldest first,
   * keyed by account id (every requested id is a key). Nothing created after asOf is seen,
   * so a backtest scores with what people had said by then; one revoked later still counts.
   */
  async forAccounts(db: Kysely<Database>, accountIds: readonly number[], asOf: string): Promise<Map<number, Override[]>> {
    const out = new Map<number, Override[]>(accountIds.map((id) => [id, []]));
    for (let i = 0; i < accountIds.length; i += ID_CHUNK) {
      const rows = await activeAt(db, asOf)
        .where('account_id', 'in', accountIds.slice(i, i + ID_CHUNK))
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      for (const row of rows) out.get(Number(row.account_id))?.push(toDomain(row));
    }
    return out;
  },
};
