import type { Kysely } from 'kysely';

// Frozen in time: this migration names its own tables and never imports app types.

const SIGNAL_TABLES = ['contacts', 'activities', 'invoices', 'payments', 'tickets', 'usage_days', 'survey_responses', 'feedback', 'metric_values'];

/**
 * Scoring reads an account's facts as of a moment, a batch of accounts at a time, and
 * history had no index on account_id: every batch scanned each history table whole.
 * superseded_at before known_at: as of a recent moment almost no version is still
 * unsuperseded in history, so the range on superseded_at skips nearly all of them, and
 * known_at <= asOf is checked in the index without reading the row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of SIGNAL_TABLES) {
    await db.schema.createIndex(`${table}_history_account`).on(`${table}_history`).columns(['account_id', 'superseded_at', 'known_at']).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of SIGNAL_TABLES) await db.schema.dropIndex(`${table}_history_account`).ifExists().execute();
}
