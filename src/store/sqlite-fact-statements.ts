import type BetterSqlite3 from 'better-sqlite3';
import type { CurrentRow, FactStatements, HistoryEntry, HistoryRow, VersionRow, WriteStamp } from './fact-statements.js';
import type { FactTable } from './fact-tables.js';

type Statement = BetterSqlite3.Statement<unknown[]>;

/** Rows per multi-row insert: binding 10 rows a call costs ~35% less per row than one (measured, bench/). */
const ROWS_PER_INSERT = 10;

const PROVENANCE = ['record_key', 'known_at', 'content_hash', 'source_line', 'import_id'];

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const list = (names: readonly string[]) => names.map(quote).join(', ');
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const tuples = (tuple: string, n: number) => Array.from({ length: n }, () => tuple).join(', ');

function sqlFor(table: FactTable) {
  const t = quote(table.table);
  const h = quote(table.historyTable);
  const columns = table.columns.map((c) => c.column);
  const stored = ['id', ...PROVENANCE, ...columns];
  const current = `(${marks(PROVENANCE.length + 2 + columns.length)})`;
  // The id, else the current row's id looked up by key; then the row itself.
  const history = `(coalesce(?, (select id from ${t} where record_key = ?)), ${marks(stored.length)})`;
  const insertCurrent = (n: number) => `insert into ${t} (${list([...PROVENANCE, 'created_at', 'updated_at', ...columns])}) values ${tuples(current, n)}`;
  const insertHistory = (n: number) => `insert into ${h} (${list([...stored, 'superseded_at'])}) values ${tuples(history, n)}`;
  return {
    // The checksum of the file a version came from is its import's.
    loadCurrent: `select t.id, t.record_key, t.known_at, t.content_hash, i.checksum, t.source_line from ${t} as t left join imports as i on i.id = t.import_id where t.record_key in (select value from json_each(?))`,
    loadHistory: `select h.record_key, h.history_id, h.known_at, h.superseded_at, h.content_hash, i.checksum, h.source_line from ${h} as h left join imports as i on i.id = h.import_id where h.record_key in (select value from json_each(?)) order by h.record_key, h.known_at, h.history_id`,
    archiveCurrent: `insert into ${h} (${list(stored)}, superseded_at) select ${list(stored)}, ? from ${t} where record_key = ?`,
    insertCurrent: insertCurrent(1),
    insertCurrentMany: insertCurrent(ROWS_PER_INSERT),
    updateCurrent: `update ${t} set ${[...PROVENANCE.slice(1), 'updated_at', ...columns].map((c) => `${quote(c)} = ?`).join(', ')} where record_key = ?`,
    insertHistory: insertHistory(1),
    insertHistoryMany: insertHistory(ROWS_PER_INSERT),
  };
}

type StatementName = keyof ReturnType<typeof sqlFor>;

/** Binds `rows` through a one-row and a many-row statement; `fill` writes a row's parameters at an offset. */
function insertRows<R>(one: Statement, many: Statement, width: number, rows: readonly R[], fill: (params: unknown[], at: number, row: R) => void): void {
  const params = new Array<unknown>(width * ROWS_PER_INSERT);
  let i = 0;
  for (; i + ROWS_PER_INSERT <= rows.length; i += ROWS_PER_INSERT) {
    for (let j = 0; j < ROWS_PER_INSERT; j++) fill(params, j * width, rows[i + j]!);
    many.run(params);
  }
  params.length = width;
  for (; i < rows.length; i++) {
    fill(params, 0, rows[i]!);
    one.run(params);
  }
}

/**
 * The fact statements on SQLite, run through better-sqlite3 directly rather than Kysely.
 *
 * Why: an import writes millions of rows, and building, compiling and binding a Kysely
 * query per row (or a 30,000-parameter multi-row insert per chunk) cost more than SQLite's
 * own work. Statements prepared once per table and operation, bound row by row (inserts
 * ten rows a call), are SQLite's fastest write path, and need no `returning`.
 *
 * Safe inside a Kysely transaction: SQLite has the one connection, the transaction holds
 * Kysely's connection mutex until it ends, so these statements run in that transaction on
 * that connection (checked below: outside a transaction the writes refuse to run).
 */
export function sqliteFactStatements(native: BetterSqlite3.Database): FactStatements {
  const prepared = new Map<string, Statement>();
  const statement = (table: FactTable, name: StatementName): Statement => {
    const id = `${table.table}:${name}`;
    let s = prepared.get(id);
    if (!s) {
      s = native.prepare<unknown[]>(sqlFor(table)[name]);
      prepared.set(id, s);
    }
    return s;
  };
  const inTransaction = () => {
    if (!native.inTransaction) throw new Error('fact statements must run inside the import transaction');
  };

  return {
    async loadCurrent(_db, table, keys) {
      const map = new Map<string, CurrentRow>();
      if (keys.length === 0) return map;
      const rows = statement(table, 'loadCurrent').raw(true).all(JSON.stringify(keys)) as Array<[number, string, string, string, string | null, number | null]>;
      for (const [id, key, knownAt, hash, checksum, line] of rows) map.set(key, { id, knownAt, hash, checksum, line });
      return map;
    },

    async loadHistory(_db, table, keys) {
      const map = new Map<string, HistoryEntry[]>();
      if (keys.length === 0) return map;
      const rows = statement(table, 'loadHistory').raw(true).all(JSON.stringify(keys)) as Array<[string, number, string, string, string, string | null, number | null]>;
      for (const [key, historyId, knownAt, supersededAt, hash, checksum, line] of rows) {
        const entry: HistoryEntry = { historyId, knownAt, supersededAt, hash, checksum, line };
        const list = map.get(key);
        if (list) list.push(entry);
        else map.set(key, [entry]);
      }
      return map;
    },

    async archiveCurrent(_db, table, writes) {
      if (writes.length === 0) return;
      inTransaction();
      const s = statement(table, 'archiveCurrent');
      for (const w of writes) s.run(w.supersededAt, w.key);
    },

    async insertCurrent(_db, table, rows, stamp) {
      if (rows.length === 0) return;
      inTransaction();
      const n = table.columns.length;
      // Parameters in PROVENANCE order (the first four from the version, then the import), created_at, updated_at, the values.
      insertRows(statement(table, 'insertCurrent'), statement(table, 'insertCurrentMany'), 7 + n, rows, (params, at, r) => {
        setProvenance(params, at, r);
        params[at + 4] = stamp.importId;
        params[at + 5] = stamp.now;
        params[at + 6] = stamp.now;
        setValues(params, at + 7, r.values);
      });
    },

    async updateCurrent(_db, table, rows, stamp) {
      if (rows.length === 0) return;
      inTransaction();
      const s = statement(table, 'updateCurrent');
      const n = table.columns.length;
      // PROVENANCE after record_key, updated_at, the values, then the key of the row to update.
      const params = new Array<unknown>(6 + n);
      params[3] = stamp.importId;
      params[4] = stamp.now;
      for (const r of rows) {
        params[0] = r.knownAt;
        params[1] = r.hash;
        params[2] = r.line;
        setValues(params, 5, r.values);
        params[5 + n] = r.key;
        s.run(params);
      }
    },

    async insertHistory(_db, table, rows: readonly HistoryRow[], stamp: WriteStamp) {
      if (rows.length === 0) return;
      inTransaction();
      const n = table.columns.length;
      // The id (or the key to look it up by), PROVENANCE, the values, superseded_at.
      insertRows(statement(table, 'insertHistory'), statement(table, 'insertHistoryMany'), 8 + n, rows, (params, at, r) => {
        params[at] = r.id ?? null;
        params[at + 1] = r.key;
        setProvenance(params, at + 2, r);
        params[at + 6] = stamp.importId;
        setValues(params, at + 7, r.values);
        params[at + 7 + n] = r.supersededAt;
      });
    },
  };
}

function setProvenance(params: unknown[], at: number, r: VersionRow): void {
  params[at] = r.key;
  params[at + 1] = r.knownAt;
  params[at + 2] = r.hash;
  params[at + 3] = r.line;
}

function setValues(params: unknown[], at: number, values: readonly unknown[]): void {
  for (let i = 0; i < values.length; i++) params[at + i] = values[i];
}
