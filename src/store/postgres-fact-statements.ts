import { sql, type RawBuilder } from 'kysely';
import type { AnyDb, CurrentRow, FactStatements, HistoryEntry, HistoryRow, VersionRow, WriteStamp } from './fact-statements.js';
import type { FactTable } from './fact-tables.js';
import { copyFromStdin, copyValue } from './postgres-copy.js';

type Column = readonly [name: string, value: (r: VersionRow) => unknown];

const NEEDS_ESCAPE = /["\\]/;

const ids = (names: readonly string[]) => sql.join(names.map((n) => sql.id(n)));
const refs = (alias: string, names: readonly string[]) => sql.join(names.map((n) => sql.ref(`${alias}.${n}`)));

function provenance(stamp: WriteStamp): Column[] {
  return [
    ['record_key', (r) => r.key],
    ['known_at', (r) => r.knownAt],
    ['content_hash', (r) => r.hash],
    ['source_line', (r) => r.line],
    ['import_id', () => stamp.importId],
  ];
}

function valueColumns(table: FactTable): Column[] {
  return table.columns.map(({ column }, i): Column => [column, (r) => r.values[i]]);
}

/** Rows in COPY's text format: a line per row, values tab-separated. */
function copyText(rows: readonly VersionRow[], columns: readonly Column[]): string {
  const lines = new Array<string>(rows.length);
  const values = new Array<string>(columns.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (let c = 0; c < columns.length; c++) values[c] = copyValue(columns[c]![1](row));
    lines[i] = values.join('\t');
  }
  return lines.join('\n') + '\n';
}

/** One element of a PostgreSQL array literal. */
function arrayElement(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return String(v);
  const text = String(v);
  return NEEDS_ESCAPE.test(text) ? `"${text.replace(/["\\]/g, '\\$&')}"` : `"${text}"`;
}

/**
 * A PostgreSQL array literal (`{"a",NULL,"b"}`) of one column's values, the text node-postgres
 * would send for a JS array, built in one pass: its generic conversion costs a regex
 * replace per element, a measurable share of an import's CPU.
 */
function arrayLiteral(rows: readonly VersionRow[], value: (r: VersionRow) => unknown): string {
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) parts[i] = arrayElement(value(rows[i]!));
  return `{${parts.join(',')}}`;
}

/** The same for a list of keys. */
function textArray(values: readonly string[]): string {
  return `{${values.map(arrayElement).join(',')}}`;
}

/**
 * The fact statements on PostgreSQL: one statement per operation and batch, whatever its
 * size. New rows are COPY'd; the rest travel column-wise, one array parameter per column,
 * and `unnest` turns them back into rows: no statement nears the 65,535-parameter limit, no
 * round trip per row. `with ordinality` keeps the given order, so serial ids are assigned
 * as the row-at-a-time statements assigned them. (Measured on 5,000-row batches of usage
 * days: COPY ~110k rows/s, unnest ~70k, json_populate_recordset and multi-row VALUES less.)
 */
export function postgresFactStatements(): FactStatements {
  const typeCache = new Map<string, Map<string, string>>();

  /** Column types as the table declares them, read once: the casts unnest's arrays need. */
  async function typesOf(db: AnyDb, table: string): Promise<Map<string, string>> {
    let types = typeCache.get(table);
    if (!types) {
      const { rows } = await sql<{ name: string; type: string }>`
        select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
        where attrelid = ${`"${table}"`}::regclass and attnum > 0 and not attisdropped`.execute(db);
      types = new Map(rows.map((r) => [r.name, r.type]));
      typeCache.set(table, types);
    }
    return types;
  }

  /** `unnest($1::text[], $2::bigint[], …) with ordinality as <alias>(col, …, n)`. */
  async function unnest(db: AnyDb, table: string, columns: readonly Column[], rows: readonly VersionRow[], alias: string): Promise<RawBuilder<unknown>> {
    const types = await typesOf(db, table);
    const arrays = columns.map(([name, value]) => {
      const type = types.get(name);
      if (!type) throw new Error(`${table} has no column ${name}`);
      return sql`${arrayLiteral(rows, value)}::${sql.raw(type)}[]`;
    });
    return sql`unnest(${sql.join(arrays)}) with ordinality as ${sql.id(alias)}(${ids(columns.map(([n]) => n))}, n)`;
  }

  return {
    async loadCurrent(db, table, keys) {
      const map = new Map<string, CurrentRow>();
      if (keys.length === 0) return map;
      // The checksum of the file a version came from is its import's.
      const { rows } = await sql<{ id: number; record_key: string; known_at: string; content_hash: string; checksum: string | null; source_line: number | null }>`
        select t.id, t.record_key, t.known_at, t.content_hash, i.checksum, t.source_line
        from ${sql.table(table.table)} as t left join imports as i on i.id = t.import_id
        where t.record_key = any(${textArray(keys)}::text[])`.execute(db);
      for (const r of rows) map.set(r.record_key, { id: Number(r.id), knownAt: r.known_at, hash: r.content_hash, checksum: r.checksum, line: r.source_line === null ? null : Number(r.source_line) });
      return map;
    },

    async loadHistory(db, table, keys) {
      const map = new Map<string, HistoryEntry[]>();
      if (keys.length === 0) return map;
      const { rows } = await sql<{ record_key: string; history_id: number; known_at: string; superseded_at: string; content_hash: string; checksum: string | null; source_line: number | null }>`
        select h.record_key, h.history_id, h.known_at, h.superseded_at, h.content_hash, i.checksum, h.source_line
        from ${sql.table(table.historyTable)} as h left join imports as i on i.id = h.import_id
        where h.record_key = any(${textArray(keys)}::text[])
        order by h.record_key, h.known_at, h.history_id`.execute(db);
      for (const r of rows) {
        const entry: HistoryEntry = { historyId: Number(r.history_id), knownAt: r.known_at, supersededAt: r.superseded_at, hash: r.content_hash, checksum: r.checksum, line: r.source_line === null ? null : Number(r.source_line) };
        const list = map.get(r.record_key);
        if (list) list.push(entry);
        else map.set(r.record_key, [entry]);
      }
      return map;
    },

    async archiveCurrent(db, table, writes) {
      if (writes.length === 0) return;
      const stored = ['id', 'record_key', 'known_at', 'content_hash', 'source_line', 'import_id', ...table.columns.map((c) => c.column)];
      await sql`
        insert into ${sql.table(table.historyTable)} (${ids(stored)}, superseded_at)
        select ${refs('t', stored)}, w.superseded_at
        from ${sql.table(table.table)} as t
        join unnest(${writes.map((w) => w.key)}::text[], ${writes.map((w) => w.supersededAt)}::text[]) with ordinality as w(record_key, superseded_at, n)
          on t.record_key = w.record_key
        order by w.n`.execute(db);
    },

    // New rows are COPY'd, the fastest way into PostgreSQL (postgres-copy.ts); in the given order, so serial ids follow it.
    async insertCurrent(db, table, rows, stamp) {
      if (rows.length === 0) return;
      const columns: Column[] = [...provenance(stamp), ['created_at', () => stamp.now], ['updated_at', () => stamp.now], ...valueColumns(table)];
      // Compiled by Kysely only for its quoting of the names.
      const command = sql`copy ${sql.table(table.table)} (${ids(columns.map(([n]) => n))}) from stdin`.compile(db).sql;
      await db.executeQuery(copyFromStdin(command, copyText(rows, columns)));
    },

    async updateCurrent(db, table, rows, stamp) {
      if (rows.length === 0) return;
      const columns: Column[] = [...provenance(stamp), ['updated_at', () => stamp.now], ...valueColumns(table)];
      const set = columns.filter(([n]) => n !== 'record_key').map(([n]) => sql`${sql.id(n)} = ${sql.ref(`r.${n}`)}`);
      await sql`
        update ${sql.table(table.table)} as t set ${sql.join(set)}
        from ${await unnest(db, table.table, columns, rows, 'r')} where t.record_key = r.record_key`.execute(db);
    },

    async insertHistory(db, table, rows: readonly HistoryRow[], stamp) {
      if (rows.length === 0) return;
      const columns: Column[] = [
        ['id', (r) => (r as HistoryRow).id],
        ...provenance(stamp),
        ['superseded_at', (r) => (r as HistoryRow).supersededAt],
        ...valueColumns(table),
      ];
      const names = columns.map(([n]) => n).filter((n) => n !== 'id');
      // A version inserted and replaced in the same batch has no id yet: take its current row's.
      await sql`
        insert into ${sql.table(table.historyTable)} (id, ${ids(names)})
        select coalesce(r.id, t.id), ${refs('r', names)}
        from ${await unnest(db, table.historyTable, columns, rows, 'r')}
        left join ${sql.table(table.table)} as t on r.id is null and t.record_key = r.record_key
        order by r.n`.execute(db);
    },
  };
}
