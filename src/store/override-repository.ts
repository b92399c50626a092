import type { Selectable } from 'kysely';
import type { Override } from '../domain/index.js';
import { type RecordColumns, revocableRecords, type StoredRevocable } from './revocable-records.js';
import type { OverridesTable } from './schema.js';

/** An override as stored: the domain fields plus its id, account id and how it ended early, if it did. */
export type StoredOverride = StoredRevocable<Override>;

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

function toColumns(override: Override): RecordColumns<'overrides'> {
  return {
    account_external_id: override.accountExternalId,
    scorecard: override.scorecard ?? null,
    mode: override.mode,
    value: override.value,
    reason: override.reason,
    author_email: override.authorEmail,
    created_at: override.createdAt,
    expires_at: override.expiresAt ?? null,
  };
}

/** Human adjustments of scores. Rows are never deleted; an override ends by expiring or being revoked. */
export const OverrideRepository = revocableRecords({ table: 'overrides', toDomain, toColumns });
