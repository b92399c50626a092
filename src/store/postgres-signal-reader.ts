import { sql, type Kysely } from 'kysely';
import type { SignalReader } from './signal-reader.js';
import type { SignalTable } from './signal-tables.js';

/**
 * The current rows and the history rows believed at `asOf` whose `key` is in `ids`, one
 * array parameter whatever their number. Sorted with the "C" collation: times are ISO
 * text, and byte order is time order, which a locale's collation need not keep.
 */
function asOfQuery(table: SignalTable, key: string, order: readonly string[], ids: readonly number[], asOf: string) {
  const columns = sql.join(table.selected.map((c) => sql.id(c)));
  const among = sql`${sql.id(key)} = any(${ids}::bigint[])`;
  const orderBy = sql.join(order.map((c) => (c === key || c === 'id' ? sql.id(c) : sql`${sql.id(c)} collate "C"`)));
  // Wrapped, as a UNION's own ORDER BY takes only output column names, not a collation.
  return sql<Record<string, unknown>>`
    select * from (
      select ${columns} from ${sql.table(table.fact.table)} where ${among} and known_at <= ${asOf}
      union all
      select ${columns} from ${sql.table(table.fact.historyTable)} where ${among} and known_at <= ${asOf} and superseded_at > ${asOf}
    ) as versions
    order by ${orderBy}`;
}

/**
 * The signal reads on PostgreSQL, through Kysely: one round trip per table and batch, its
 * one run sorted by the server; rows are turned into arrays in the selected order.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function postgresSignalReader(db: Kysely<any>): SignalReader {
  const run = async (table: SignalTable, key: string, order: readonly string[], ids: readonly number[], asOf: string) => {
    if (ids.length === 0) return [];
    const { rows } = await asOfQuery(table, key, order, ids, asOf).execute(db);
    return [rows.map((r) => table.selected.map((c) => r[c]))];
  };
  return {
    facts: (table, accountIds, asOf) => run(table, 'account_id', ['account_id', ...(table.sortColumn ? [table.sortColumn] : []), 'id'], accountIds, asOf),
    accounts: (table, accountIds, asOf) => run(table, 'id', ['id'], accountIds, asOf),
  };
}
