import type { EntityKind } from '../domain/index.js';

/** A record keyed by canonical (snake_case) column names, as written to CSV or NDJSON. */
export type Row = Record<string, unknown>;

export interface EmitOptions {
  /** Never corrupt this row: other files depend on it (an account's first version). */
  readonly keepClean?: boolean;
}

/** Where generators put rows; the demo writer routes each kind to its file. */
export interface RowSink {
  emit(kind: EntityKind, row: Row, options?: EmitOptions): void;
}

/** Formats money the way billing exports do: two decimals. */
export function money(amount: number): string {
  return amount.toFixed(2);
}
