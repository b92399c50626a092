import type { Kysely } from 'kysely';

// Frozen in time: this migration names its own columns and never imports app types.

const COLUMNS = ['reference_ids', 'all_day', 'attachments', 'features'] as const;

/**
 * Mail and calendar imports keep a message's References (thread reconstruction), whether a
 * meeting is all-day, attachment names and sizes, and the features derived from the text
 * (kept even when the text is not stored). All are JSON text (so a boolean reads back as one on both databases), nullable.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['activities', 'activities_history']) {
    for (const column of COLUMNS) {
      await db.schema.alterTable(table).addColumn(column, 'text').execute();
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['activities', 'activities_history']) {
    for (const column of COLUMNS) await db.schema.alterTable(table).dropColumn(column).execute();
  }
}
