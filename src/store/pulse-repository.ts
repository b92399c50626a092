import type { Kysely, Selectable } from 'kysely';
import type { Pulse } from '../domain/index.js';
import { type RecordColumns, revocableRecords, type StoredRevocable } from './revocable-records.js';
import type { Database, PulsesTable } from './schema.js';

/** A pulse as stored: the domain fields plus its id, account id and how it ended early, if it did. */
export type StoredPulse = StoredRevocable<Pulse>;

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

function toColumns(pulse: Pulse): RecordColumns<'pulses'> {
  return {
    account_external_id: pulse.accountExternalId,
    rating: pulse.rating,
    note: pulse.note,
    author_email: pulse.authorEmail,
    created_at: pulse.createdAt,
    expires_at: pulse.expiresAt ?? null,
  };
}

const pulses = revocableRecords({ table: 'pulses', toDomain, toColumns });

/** Reps' own ratings of accounts. Rows are never deleted; a pulse ends by expiring, being revoked or superseded. */
export const PulseRepository = {
  ...pulses,

  /** The pulses one author has in force on an account at asOf (normally at most one), oldest first. */
  activeByAuthor(db: Kysely<Database>, filter: { accountId: number; authorEmail: string; asOf: string }): Promise<StoredPulse[]> {
    return pulses.active(db, filter);
  },
};
