import type { Kysely, Transaction } from 'kysely';
import type { Database, ImportsTable } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface QuarantineEntry {
  readonly line: number;
  readonly column?: string;
  readonly code: string;
  readonly message: string;
  readonly raw?: string;
}

export interface ImportCounts {
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  /** Activities no account was found for, put on the review list. */
  unmatched: number;
}

export type ImportRow = Omit<ImportsTable, 'id' | 'rows_read' | 'inserted' | 'updated' | 'unchanged' | 'quarantined' | 'unmatched'> & { id: number } & { [K in 'rows_read' | 'inserted' | 'updated' | 'unchanged' | 'quarantined' | 'unmatched']: number };

/** The record of every import run and the rows it quarantined. */
export const ImportRepository = {
  /**
   * When Bellwether first learned a file's contents: the start of the first run that read
   * a file with this checksum. A re-run (say, after a crash) reuses it, so the facts it
   * writes are identical and the re-run changes nothing.
   */
  async firstKnownAt(db: Db, checksum: string): Promise<string | undefined> {
    const row = await db.selectFrom('imports').select((eb) => eb.fn.min('known_at').as('k')).where('checksum', '=', checksum).executeTakeFirst();
    return (row?.k as string | null) ?? undefined;
  },

  async start(db: Db, input: { sourceFile: string; checksum: string; kind: string; format: string; startedAt: string; knownAt: string; options: unknown }): Promise<number> {
    // A run of the same file still marked running was killed: say so.
    await db.updateTable('imports').set({ status: 'interrupted' }).where('checksum', '=', input.checksum).where('status', '=', 'running').execute();
    const row = await db
      .insertInto('imports')
      .values({
        source_file: input.sourceFile,
        checksum: input.checksum,
        kind: input.kind,
        format: input.format,
        status: 'running',
        started_at: input.startedAt,
        known_at: input.knownAt,
        options: JSON.stringify(input.options ?? {}),
        finished_at: null,
        error: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  },

  /** Adds a batch's counts and quarantined rows; call inside the batch's transaction. */
  async recordBatch(db: Db, importId: number, meta: { sourceFile: string; checksum: string; kind: string; now: string }, counts: ImportCounts, entries: readonly QuarantineEntry[]): Promise<void> {
    if (entries.length > 0) {
      for (let i = 0; i < entries.length; i += 2000) {
        await db
          .insertInto('quarantine')
          .values(
            entries.slice(i, i + 2000).map((e) => ({
              import_id: importId,
              source_file: meta.sourceFile,
              source_checksum: meta.checksum,
              line: e.line,
              kind: meta.kind,
              column_name: e.column ?? null,
              code: e.code,
              message: e.message,
              raw: e.raw ?? null,
              created_at: meta.now,
            })),
          )
          .onConflict((oc) => oc.columns(['source_checksum', 'line']).doNothing())
          .execute();
      }
    }
    await db
      .updateTable('imports')
      .set((eb) => ({
        rows_read: eb('rows_read', '+', counts.rowsRead),
        inserted: eb('inserted', '+', counts.inserted),
        updated: eb('updated', '+', counts.updated),
        unchanged: eb('unchanged', '+', counts.unchanged),
        quarantined: eb('quarantined', '+', counts.quarantined),
        unmatched: eb('unmatched', '+', counts.unmatched),
      }))
      .where('id', '=', importId)
      .execute();
  },

  async finish(db: Db, importId: number, status: 'completed' | 'failed', finishedAt: string, error?: string): Promise<void> {
    await db.updateTable('imports').set({ status, finished_at: finishedAt, error: error ?? null }).where('id', '=', importId).execute();
  },

  async list(db: Db, limit = 50): Promise<ImportRow[]> {
    const rows = await db.selectFrom('imports').selectAll().orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({ ...r, id: Number(r.id), rows_read: Number(r.rows_read), inserted: Number(r.inserted), updated: Number(r.updated), unchanged: Number(r.unchanged), quarantined: Number(r.quarantined), unmatched: Number(r.unmatched) }));
  },

  async quarantine(db: Db, filter: { importId?: number; limit?: number } = {}) {
    let q = db.selectFrom('quarantine').selectAll().orderBy('source_file').orderBy('line').limit(filter.limit ?? 1000);
    if (filter.importId !== undefined) q = q.where('import_id', '=', filter.importId);
    const rows = await q.execute();
    return rows.map((r) => ({ ...r, id: Number(r.id), import_id: Number(r.import_id), line: Number(r.line) }));
  },
};
