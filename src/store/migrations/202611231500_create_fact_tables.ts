import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration names its own columns and never imports app types.

type ColumnType = 'text' | 'real' | 'integer';
type Columns = ReadonlyArray<readonly [name: string, type: ColumnType]>;

const FACT_TABLES: ReadonlyArray<readonly [table: string, columns: Columns, indexes: readonly string[]]> = [
  ['accounts', [['external_id', 'text'], ['name', 'text'], ['domains', 'text'], ['industry', 'text'], ['segment', 'text'], ['tier', 'text'], ['lifecycle_stage', 'text'], ['owner_email', 'text'], ['arr', 'real'], ['currency', 'text'], ['renewal_date', 'text'], ['seats', 'integer'], ['parent_external_id', 'text'], ['attributes', 'text']], ['owner_email', 'segment', 'renewal_date']],
  ['internal_users', [['email', 'text'], ['name', 'text'], ['title', 'text'], ['role', 'text'], ['team', 'text'], ['manager_email', 'text']], []],
  ['contacts', [['email', 'text'], ['external_id', 'text'], ['account_id', 'integer'], ['name', 'text'], ['title', 'text'], ['role', 'text']], ['account_id']],
  ['activities', [['external_id', 'text'], ['account_id', 'integer'], ['type', 'text'], ['direction', 'text'], ['occurred_at', 'text'], ['ended_at', 'text'], ['status', 'text'], ['thread_id', 'text'], ['in_reply_to', 'text'], ['subject', 'text'], ['body_text', 'text'], ['participants', 'text']], ['account_id, occurred_at', 'thread_id']],
  ['invoices', [['external_id', 'text'], ['account_id', 'integer'], ['number', 'text'], ['issued_date', 'text'], ['due_date', 'text'], ['amount', 'real'], ['amount_paid', 'real'], ['currency', 'text'], ['status', 'text'], ['paid_at', 'text']], ['account_id, issued_date']],
  ['payments', [['external_id', 'text'], ['account_id', 'integer'], ['invoice_external_id', 'text'], ['attempted_at', 'text'], ['amount', 'real'], ['currency', 'text'], ['status', 'text'], ['failure_reason', 'text']], ['account_id, attempted_at']],
  ['tickets', [['external_id', 'text'], ['account_id', 'integer'], ['requester_email', 'text'], ['opened_at', 'text'], ['first_response_at', 'text'], ['closed_at', 'text'], ['priority', 'text'], ['status', 'text'], ['escalations', 'integer'], ['reopenings', 'integer'], ['csat', 'integer'], ['subject', 'text'], ['text', 'text']], ['account_id, opened_at']],
  ['usage_days', [['account_id', 'integer'], ['date', 'text'], ['active_users', 'integer'], ['events', 'integer'], ['features_used', 'text']], ['account_id, date']],
  ['survey_responses', [['external_id', 'text'], ['account_id', 'integer'], ['contact_email', 'text'], ['kind', 'text'], ['score', 'real'], ['responded_at', 'text'], ['comment', 'text']], ['account_id, responded_at']],
  ['feedback', [['external_id', 'text'], ['account_id', 'integer'], ['contact_email', 'text'], ['source', 'text'], ['received_at', 'text'], ['text', 'text']], ['account_id, received_at']],
  ['outcomes', [['external_id', 'text'], ['account_id', 'integer'], ['kind', 'text'], ['date', 'text'], ['arr_after', 'real'], ['arr_before', 'real']], ['account_id, date']],
  ['metric_values', [['account_id', 'integer'], ['metric', 'text'], ['observed_at', 'text'], ['value', 'real']], ['account_id, metric, observed_at']],
];

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/**
 * Every imported fact lives in two tables, after SQL:2011 system-versioned tables: the
 * table itself holds the current version of each fact (one row per natural key), and
 * `<table>_history` holds every version it replaced, with the time range in which
 * Bellwether believed it ([known_at, superseded_at)). The state as of T is the current
 * row if its known_at <= T, else the history row whose range contains T.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const idType = pg ? 'bigserial' : 'integer';
  const real = pg ? 'double precision' : 'real';
  const type = (t: ColumnType) => (t === 'real' ? real : t === 'integer' ? 'bigint' : 'text');

  await db.schema
    .createTable('imports')
    .addColumn('id', sql.raw(idType), (c) => c.primaryKey())
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('format', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('known_at', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('inserted', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('quarantined', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('options', 'text')
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('imports_checksum').on('imports').columns(['checksum', 'started_at']).execute();

  await db.schema
    .createTable('quarantine')
    .addColumn('id', sql.raw(idType), (c) => c.primaryKey())
    .addColumn('import_id', 'bigint', (c) => c.notNull())
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('source_checksum', 'text', (c) => c.notNull())
    .addColumn('line', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('column_name', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('raw', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Ids: SQLite "integer primary key" is the rowid and PostgreSQL bigserial both number rows themselves.
  // A re-run of the same file quarantines the same rows once, not twice.
  await db.schema.createIndex('quarantine_source_line').unique().on('quarantine').columns(['source_checksum', 'line']).execute();
  await db.schema.createIndex('quarantine_import').on('quarantine').column('import_id').execute();

  for (const [table, columns, indexes] of FACT_TABLES) {
    let current = db.schema
      .createTable(table)
      .addColumn('id', sql.raw(idType), (c) => c.primaryKey())
      .addColumn('record_key', 'text', (c) => c.notNull().unique())
      .addColumn('known_at', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('source_checksum', 'text')
      .addColumn('source_line', 'bigint')
      .addColumn('import_id', 'bigint')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull());
    let history = db.schema
      .createTable(`${table}_history`)
      .addColumn('history_id', sql.raw(idType), (c) => c.primaryKey())
      .addColumn('id', 'bigint', (c) => c.notNull())
      .addColumn('record_key', 'text', (c) => c.notNull())
      .addColumn('known_at', 'text', (c) => c.notNull())
      .addColumn('superseded_at', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('source_checksum', 'text')
      .addColumn('source_line', 'bigint')
      .addColumn('import_id', 'bigint');
    for (const [name, t] of columns) {
      current = current.addColumn(name, sql.raw(type(t)));
      history = history.addColumn(name, sql.raw(type(t)));
    }
    await current.execute();
    await history.execute();
    await db.schema.createIndex(`${table}_history_key`).on(`${table}_history`).columns(['record_key', 'known_at']).execute();
    await db.schema.createIndex(`${table}_history_id`).on(`${table}_history`).columns(['id', 'known_at']).execute();
    for (const cols of indexes) {
      const list = cols.split(',').map((c) => c.trim());
      await db.schema.createIndex(`${table}_${list.join('_')}`).on(table).columns(list).execute();
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table] of [...FACT_TABLES].reverse()) {
    await db.schema.dropTable(`${table}_history`).ifExists().execute();
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.dropTable('quarantine').ifExists().execute();
  await db.schema.dropTable('imports').ifExists().execute();
}
