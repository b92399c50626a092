import type BetterSqlite3 from 'better-sqlite3';
import type { SignalReader } from './signal-reader.js';
import type { SignalTable } from './signal-tables.js';

type Statement = BetterSqlite3.Statement<unknown[]>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

// The id list travels as one JSON array parameter, so one prepared statement serves any batch.
const among = (key: string) => `${quote(key)} in (select value from json_each(@ids))`;

function currentSql(table: SignalTable, key: string, order: readonly string[]): string {
  return `select ${table.selected.map(quote).join(', ')} from ${quote(table.fact.table)} where ${among(key)} and known_at <= @asOf order by ${order.map(quote).join(', ')}`;
}

function historySql(table: SignalTable, key: string, order: readonly string[]): string {
  return `select ${table.selected.map(quote).join(', ')} from ${quote(table.fact.historyTable)} where ${among(key)} and superseded_at > @asOf and known_at <= @asOf order by ${order.map(quote).join(', ')}`;
}

/**
 * The signal reads on SQLite, through better-sqlite3 directly: statements prepared once
 * per table, rows as arrays (`raw`), so a batch costs SQLite's work and little else.
 *
 * Current and history rows are read apart, each in order, and merged by the caller:
 * SQLite's UNION ALL of the two cost a third more than the two reads (measured on demo M,
 * usage days: 1,175 ms against 904 ms for the current rows alone). The current rows come
 * in index order ((account_id, occurred) with the rowid last), so they need no sort.
 */
export function sqliteSignalReader(native: BetterSqlite3.Database): SignalReader {
  const prepared = new Map<string, Statement>();
  const statement = (id: string, text: () => string): Statement => {
    let s = prepared.get(id);
    if (!s) {
      s = native.prepare<unknown[]>(text()).raw(true);
      prepared.set(id, s);
    }
    return s;
  };
  return {
    async facts(table, accountIds, asOf) {
      if (accountIds.length === 0) return [];
      const order = ['account_id', ...(table.sortColumn ? [table.sortColumn] : []), 'id'];
      const params = { ids: JSON.stringify(accountIds), asOf };
      const current = statement(`current:${table.fact.table}`, () => currentSql(table, 'account_id', order)).all(params) as unknown[][];
      const history = statement(`history:${table.fact.table}`, () => historySql(table, 'account_id', order)).all(params) as unknown[][];
      return [current, history];
    },
    async accounts(table, accountIds, asOf) {
      if (accountIds.length === 0) return [];
      const params = { ids: JSON.stringify(accountIds), asOf };
      const current = statement(`accounts:${table.fact.table}`, () => currentSql(table, 'id', ['id'])).all(params) as unknown[][];
      const history = statement(`accounts-history:${table.fact.table}`, () => historySql(table, 'id', ['id'])).all(params) as unknown[][];
      return [current, history];
    },
  };
}
