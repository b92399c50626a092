import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration names its own tables and never imports app types.

const FACT_TABLES = ['accounts', 'internal_users', 'contacts', 'activities', 'invoices', 'payments', 'tickets', 'usage_days', 'survey_responses', 'feedback', 'outcomes', 'metric_values'];

/**
 * Every fact version stored its source file's SHA-256 (64 characters) beside the import
 * that wrote it, whose row holds the same checksum: a fifth of a usage day's bytes, and of
 * an import's write time. The import id stays; the checksum is read through it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of FACT_TABLES) {
    await db.schema.alterTable(table).dropColumn('source_checksum').execute();
    await db.schema.alterTable(`${table}_history`).dropColumn('source_checksum').execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of FACT_TABLES) {
    for (const t of [table, `${table}_history`]) {
      await db.schema.alterTable(t).addColumn('source_checksum', 'text').execute();
      await sql`update ${sql.table(t)} set source_checksum = (select checksum from imports where imports.id = ${sql.ref(`${t}.import_id`)})`.execute(db);
    }
  }
}
