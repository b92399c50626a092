import { columnName, ENTITY_KIND_SPECS, type EntityKind } from '../domain/index.js';
import { FACT_TABLES, type FactTable } from './fact-tables.js';

/** The lists of facts scoring reads for an account, each from the fact table of its kind. */
export const SIGNAL_KINDS = {
  contacts: 'contacts',
  invoices: 'invoices',
  payments: 'payments',
  tickets: 'tickets',
  usageDays: 'usage_days',
  surveyResponses: 'survey_responses',
  feedback: 'feedback',
  activities: 'activities',
  metricValues: 'metric_values',
} as const satisfies Record<string, EntityKind>;

export type SignalList = keyof typeof SIGNAL_KINDS;

/**
 * How one fact table is read for scoring. A row is selected as the record's columns in the
 * table's order, then `id` and `known_at` ({@link SignalTable.selected}); the reader sorts
 * rows by account, then `sortColumn`, then id.
 */
export interface SignalTable {
  readonly fact: FactTable;
  /** Every selected column: the record's, then id, then known_at. */
  readonly selected: readonly string[];
  /** Where account_id sits in a selected row, if the kind has an account. */
  readonly accountIndex: number;
  /** The column saying when the fact happened (absent for contacts), the sort key after the account. */
  readonly sortColumn: string | undefined;
  /** Orders selected rows by account, then sort column, then id. */
  compare(a: readonly unknown[], b: readonly unknown[]): number;
  /**
   * A selected row as the record it stores, the account named by its external id. A null
   * column gives an undefined field (fromRow leaves it out; readers of optional fields see
   * no difference), JSON columns are parsed, and known_at and id come last.
   */
  decode(row: readonly unknown[], accountExternalId: string): Record<string, unknown>;
}

type Decoder = SignalTable['decode'];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A decoder made for one table: one object literal with all of the table's fields, so
 * every record of a kind has one shape whichever columns are null. Built field by field,
 * skipping nulls as fromRow does, records of one kind took many shapes, and the engine
 * reading a field of each would meet them all. (Both ways cost about the same to build:
 * demo M's usage days, ~2.3 s of CPU for 598,530, most of it JSON.parse and GC.)
 */
function compileDecoder(columns: FactTable['columns'], accountIndex: number): Decoder {
  const n = columns.length;
  const fields = columns.map(({ field, json }, i) => {
    if (i === accountIndex) return 'accountExternalId: account';
    if (!IDENTIFIER.test(field)) throw new Error(`field name ${field} cannot be compiled`);
    return json ? `${field}: row[${i}] == null ? undefined : JSON.parse(row[${i}])` : `${field}: row[${i}] ?? undefined`;
  });
  // The body is built only from schema field names, checked above, and column positions.
  return new Function('row', 'account', `return { ${[...fields, `knownAt: row[${n + 1}]`, `id: Number(row[${n}])`].join(', ')} };`) as Decoder;
}

function signalTable(kind: EntityKind): SignalTable {
  const fact = FACT_TABLES[kind];
  const columns = fact.columns;
  const selected = [...columns.map((c) => c.column), 'id', 'known_at'];
  const accountIndex = columns.findIndex((c) => c.field === 'accountId');
  const n = columns.length;
  const occurredAt = ENTITY_KIND_SPECS[kind].occurredAtField;
  const sortColumn = occurredAt === undefined ? undefined : columnName(occurredAt);
  const sortIndex = sortColumn === undefined ? -1 : selected.indexOf(sortColumn);
  return {
    fact,
    selected,
    accountIndex,
    sortColumn,
    compare(a, b) {
      if (accountIndex >= 0 && a[accountIndex] !== b[accountIndex]) return Number(a[accountIndex]) - Number(b[accountIndex]);
      if (sortIndex >= 0) {
        const x = a[sortIndex] as string;
        const y = b[sortIndex] as string;
        if (x !== y) return x < y ? -1 : 1;
      }
      return Number(a[n]) - Number(b[n]);
    },
    decode: compileDecoder(columns, accountIndex),
  };
}

export const SIGNAL_TABLES: Readonly<Record<SignalList, SignalTable>> = Object.fromEntries(
  Object.entries(SIGNAL_KINDS).map(([list, kind]) => [list, signalTable(kind)]),
) as Record<SignalList, SignalTable>;

/** The accounts table read the same way (no account column: the row is the account). */
export const ACCOUNT_SIGNAL_TABLE: SignalTable = signalTable('accounts');
