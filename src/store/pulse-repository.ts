import type { Kysely, Selectable } from 'kysely';
import type { Pulse } from '../domain/index.js';
import type { Revocation } from './revocation.js';
import type { Database, PulsesTable } from './schema.js';

/** A pulse as stored: the domain fields plus its id, account id and how it ended early, if it did. */
export type StoredPulse = Pulse & {
  readonly id: number;
  readonly accountId: number;
  readonly revokedAt?: string;
  readonly revokedBy?: string;
  readonly revokeReason?: string;
};

// Large enough to batch a scoring chunk, small enough for SQLite's and PostgreSQL's parameter limits.
const ID_CHUNK = 1000;

function toDomain(row: Selectable<PulsesTable>): Pulse {
  return {
    accountExternalId: row.account_external_id,
    rating: row.rating,
    note: row.note,
    authorEmail: row.author_email,
    createdAt: row.created_at,
    ...(row.expires_at !== null ? { expiresAt: row.expires_at } : {}),
  };
}

function toStored(row: Selectable<PulsesTable>): StoredPulse {
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
    .selectFrom('pulses')
    .selectAll()
    .where('created_at', '<=', asOf)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', asOf)]))
    .where((eb) => eb.or([eb('revoked_at', 'is', null), eb('revoked_at', '>', asOf)]));
}

/** Reps' own ratings of accounts. Rows are never deleted; a pulse ends by expiring, being revoked or superseded. */
export const PulseRepository = {
  async create(db: Kysely<Database>, accountId: number, pulse: Pulse): Promise<StoredPulse> {
    const row = await db
      .insertInto('pulses')
      .values({
        account_id: accountId,
        account_external_id: pulse.accountExternalId,
        rating: pulse.rating,
        note: pulse.note,
        author_email: pulse.authorEmail,
        created_at: pulse.createdAt,
        expires_at: pulse.expiresAt ?? null,
        revoked_at: null,
        revoked_by: null,
        revoke_reason: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStored(row);
  },

  async get(db: Kysely<Database>, id: number): Promise<StoredPulse | undefined> {
    const row = await db.selectFrom('pulses').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toStored(row) : undefined;
  },

  /** Ends a pulse at `at`; returns it as revoked, or undefined when there is none or it was already revoked. */
  async revoke(db: Kysely<Database>, revocation: Revocation): Promise<StoredPulse | undefined> {
    const row = await db
      .updateTable('pulses')
      .set({ revoked_at: revocation.at, revoked_by: revocation.by, revoke_reason: revocation.reason })
      .where('id', '=', revocation.id)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row ? toStored(row) : undefined;
  },

  /** The pulses in force at asOf (of one account, or of all), oldest first. */
  async active(db: Kysely<Database>, filter: { asOf: string; accountId?: number }): Promise<StoredPulse[]> {
    let q = activeAt(db, filter.asOf);
    if (filter.accountId !== undefined) q = q.where('account_id', '=', filter.accountId);
    return (await q.orderBy('created_at').orderBy('id').execute()).map(toStored);
  },

  /** The pulses one author has in force on an account at asOf (normally at most one), oldest first. */
  async activeByAuthor(db: Kysely<Database>, filter: { accountId: number; authorEmail: string; asOf: string }): Promise<StoredPulse[]> {
    const rows = await activeAt(db, filter.asOf).where('account_id', '=', filter.accountId).where('author_email', '=', filter.authorEmail).orderBy('created_at').orderBy('id').execute();
    return rows.map(toStored);
  },

  /** Every pulse of an account, ended or not, newest first. */
  async forAccount(db: Kysely<Database>, accountId: number): Promise<StoredPulse[]> {
    const rows = await db.selectFrom('pulses').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
    return rows.map(toStored);
  },

  /**
   * For the scoring loader: the pulses in force at asOf, as domain objects, oldest first,
   * keyed by account id (every requested id is a key). Nothing created after asOf is seen,
   * so a backtest scores with what people had said by then; one revoked later still counts.
   */
  async forAccounts(db: Kysely<Database>, accountIds: readonly number[], asOf: string): Promise<Map<number, Pulse[]>> {
    const out = new Map<number, Pulse[]>(accountIds.map((id) => [id, []]));
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
