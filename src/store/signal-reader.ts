import type { SignalTable } from './signal-tables.js';

/**
 * The as-of reads scoring is made of, one implementation per driver. A version is
 * believed at `asOf` when it is the current row with known_at <= asOf, or a history row
 * with known_at <= asOf < superseded_at. Rows come in the layout of
 * {@link SignalTable.selected}, as arrays.
 */
export interface SignalReader {
  /**
   * The versions of a fact table believed at `asOf` whose account is among `accountIds`,
   * in runs each sorted by account, then sort column, then id (mergeRuns joins them).
   */
  facts(table: SignalTable, accountIds: readonly number[], asOf: string): Promise<ReadonlyArray<unknown[][]>>;
  /** The version of each account among `accountIds` believed at `asOf`, in runs each sorted by id. */
  accounts(table: SignalTable, accountIds: readonly number[], asOf: string): Promise<ReadonlyArray<unknown[][]>>;
}
