import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/index.js';

export interface ImportRunRow {
  readonly id: number;
  readonly sourceFile: string;
  readonly checksum: string;
  readonly kind: string | null;
  readonly format: string | null;
  readonly status: 'running' | 'completed' | 'failed' | 'interrupted';
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly knownAt: string;
  readonly rowsRead: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly quarantined: number;
  readonly unmatched: number;
  /** The options JSON: the mapping's name and the encoding read. */
  readonly options: string | null;
}

export interface QuarantinedRowRow {
  readonly file: string;
  readonly line: number;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
  readonly raw: string | null;
}

const RUN_COLUMNS = ['id', 'source_file', 'checksum', 'kind', 'format', 'status', 'started_at', 'finished_at', 'known_at', 'rows_read', 'inserted', 'updated', 'unchanged', 'quarantined', 'unmatched', 'options'] as const;

type RunRecord = Pick<Selectable<Database['imports']>, (typeof RUN_COLUMNS)[number]>;

// PostgreSQL returns bigint counters as strings.
function runOf(r: RunRecord): ImportRunRow {
  return {
    id: Number(r.id),
    sourceFile: r.source_file,
    checksum: r.checksum,
    kind: r.kind,
    format: r.format,
    status: r.status,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    knownAt: r.known_at,
    rowsRead: Number(r.rows_read),
    inserted: Number(r.inserted),
    updated: Number(r.updated),
    unchanged: Number(r.unchanged),
    quarantined: Number(r.quarantined),
    unmatched: Number(r.unmatched),
    options: r.options,
  };
}

/**
 * Pages of import runs and of a run's rejected rows, for the API. (These belong with
 * `ImportRepository` in the store; they live here until the store's owners take them.)
 */
export const ImportRuns = {
  /** Runs newest first; `beforeId` is the last id of the previous page. */
  async page(db: Kysely<Database>, options: { limit: number; beforeId?: number }): Promise<ImportRunRow[]> {
    let q = db.selectFrom('imports').select(RUN_COLUMNS).orderBy('id', 'desc').limit(options.limit);
    if (options.beforeId !== undefined) q = q.where('id', '<', options.beforeId);
    return (await q.execute()).map((r) => runOf(r));
  },

  async byId(db: Kysely<Database>, id: number): Promise<ImportRunRow | undefined> {
    const row = await db.selectFrom('imports').select(RUN_COLUMNS).where('id', '=', id).executeTakeFirst();
    return row ? runOf(row) : undefined;
  },

  /**
   * The rejected rows of a file, by line. The quarantine keeps a file's rows once (it is
   * unique on checksum and line), under the first run that read it, so a run is asked by
   * its file's checksum: a re-run lists the same rows its counts report.
   */
  async quarantinePage(db: Kysely<Database>, options: { checksum: string; limit: number; afterLine?: number }): Promise<QuarantinedRowRow[]> {
    let q = db
      .selectFrom('quarantine')
      .select(['source_file', 'line', 'column_name', 'code', 'message', 'raw'])
      .where('source_checksum', '=', options.checksum)
      .orderBy('line')
      .limit(options.limit);
    if (options.afterLine !== undefined) q = q.where('line', '>', options.afterLine);
    const rows = await q.execute();
    return rows.map((r) => ({ file: r.source_file, line: Number(r.line), column: r.column_name, code: r.code, message: r.message, raw: r.raw }));
  },
};
