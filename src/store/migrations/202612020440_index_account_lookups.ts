import type { Kysely } from 'kysely';

// Frozen in time: this migration names its own columns and never imports app types.

/**
 * Lookups of one account by its external id, which the account detail makes on every
 * request, each walked a whole table:
 * - `accounts.external_id` (the access check's `idOf`, the audit's join on accounts): the
 *   unique key is `record_key`, so this was a scan of every account.
 * - `score_snapshots.account_external_id` (an account's current snapshots and their
 *   90-day trend): the key index starts with `account_id`, so these walked every snapshot
 *   of the model.
 * `npm run bench -- api --size M`, account detail: 4 requests/s with 124 timeouts before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('accounts_external_id').on('accounts').column('external_id').execute();
  await db.schema.createIndex('score_snapshots_account_external').on('score_snapshots').columns(['account_external_id', 'model_version', 'scorecard', 'as_of']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('score_snapshots_account_external').ifExists().execute();
  await db.schema.dropIndex('accounts_external_id').ifExists().execute();
}
