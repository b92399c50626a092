import { columnName, ENTITY_KINDS, entityFields, type EntityKind } from '../domain/index.js';

/** How one kind of imported fact maps onto its pair of tables. */
export interface FactTable {
  readonly kind: EntityKind;
  readonly table: string;
  readonly historyTable: string;
  /** Record field → column, in a fixed order (the content hash depends on it). */
  readonly columns: ReadonlyArray<{ readonly field: string; readonly column: string; readonly json: boolean }>;
}

// Fields stored as JSON text so one schema serves SQLite and PostgreSQL alike.
const JSON_FIELDS = new Set(['domains', 'attributes', 'participants', 'featuresUsed', 'referenceIds', 'allDay', 'attachments', 'features']);

function describe(kind: EntityKind): FactTable {
  const columns = entityFields(kind)
    .filter((f) => f !== 'knownAt')
    // The account is stored by our id; its external id is resolved during import.
    .map((f) => (f === 'accountExternalId' ? 'accountId' : f))
    .map((field) => ({ field, column: columnName(field), json: JSON_FIELDS.has(field) }));
  return { kind, table: kind, historyTable: `${kind}_history`, columns };
}

export const FACT_TABLES: Readonly<Record<EntityKind, FactTable>> = Object.fromEntries(
  ENTITY_KINDS.map((k) => [k, describe(k)]),
) as Record<EntityKind, FactTable>;

/** The column values of a record, in the table's column order. */
export function toColumnValues(table: FactTable, record: Readonly<Record<string, unknown>>): unknown[] {
  return table.columns.map(({ field, json }) => {
    const v = record[field];
    if (v === undefined || v === null) return null;
    return json ? JSON.stringify(v) : v;
  });
}

/** A stored row back to record fields (JSON columns parsed). */
export function fromRow(table: FactTable, row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { field, column, json } of table.columns) {
    const v = row[column];
    if (v === null || v === undefined) continue;
    out[field] = json && typeof v === 'string' ? JSON.parse(v) : v;
  }
  return out;
}
