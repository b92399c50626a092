import type { z } from 'zod';
import { columnName, ENTITY_KIND_SPECS, entityFields, type EntityKind, type RowIssueCode } from '../domain/index.js';
import type { ColumnMapping, DateFormat } from './column-mapping.js';
import { compileRecordValidator, type RecordValidationIssue } from './compile-record-validator.js';
import type { RawRecord } from './readers/index.js';

/** Other names users' files commonly give our columns. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  domains: ['domain', 'website'],
  account_external_id: ['account_id', 'account'],
  external_id: ['id'],
};

export type BuiltRecord =
  | { readonly ok: true; readonly record: Record<string, unknown> }
  | { readonly ok: false; readonly code: RowIssueCode; readonly column?: string; readonly message: string };

export interface RecordBuilder {
  /** File columns no field reads; reported so nothing is dropped silently. */
  readonly ignoredColumns: readonly string[];
  /** Required canonical columns the file lacks (the file cannot be imported). */
  readonly missingColumns: readonly string[];
  /** The file's header a field is read from (its canonical column name when the file has none), for naming it in an issue. */
  columnOf(field: string): string;
  build(raw: RawRecord): BuiltRecord;
}

const DATE_PATTERNS: Record<Exclude<DateFormat, 'YYYY-MM-DD'>, RegExp> = {
  'MM/DD/YYYY': /^(\d{1,2})\/(\d{1,2})\/(\d{4})(.*)$/,
  'DD/MM/YYYY': /^(\d{1,2})\/(\d{1,2})\/(\d{4})(.*)$/,
  'DD.MM.YYYY': /^(\d{1,2})\.(\d{1,2})\.(\d{4})(.*)$/,
};

function toIsoDate(value: unknown, format: DateFormat): unknown {
  if (format === 'YYYY-MM-DD' || typeof value !== 'string') return value;
  const m = DATE_PATTERNS[format].exec(value.trim());
  if (!m) return value;
  const [a, b, y, rest] = [m[1] ?? '', m[2] ?? '', m[3] ?? '', (m[4] ?? '').trim()];
  const [month, day] = format === 'MM/DD/YYYY' ? [a, b] : [b, a];
  const date = `${y}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return rest ? `${date}T${rest.replace(/^T/, '')}` : date;
}

function isDateField(field: string): boolean {
  return field === 'date' || field.endsWith('Date') || field.endsWith('At');
}

function requiredFields(kind: EntityKind): Set<string> {
  const shape = ENTITY_KIND_SPECS[kind].schema.shape;
  const out = new Set<string>();
  for (const [field, schema] of Object.entries(shape)) {
    if (!(schema as z.ZodType).safeParse(undefined).success) out.add(field);
  }
  return out;
}

export interface RecordBuilderOptions {
  /**
   * Rows are objects with keys of their own (NDJSON), not cells under one header: a field
   * the first row lacks is still read from a later row that has it, by its mapped,
   * canonical or alias name. (`fileColumns` are then only the first row's keys.)
   */
  readonly keyedRows?: boolean;
}

/**
 * Builds a function that turns a file row (their column names) into a record of our
 * fields and validates it with the kind's schema. The column lookup is worked out once
 * per file, so the per-row cost is a few property reads and the schema parse.
 */
export function createRecordBuilder(kind: EntityKind, fileColumns: readonly string[], mapping: ColumnMapping, options: RecordBuilderOptions = {}): RecordBuilder {
  const spec = ENTITY_KIND_SPECS[kind];
  const byLower = new Map(fileColumns.map((c) => [c.trim().toLowerCase(), c]));
  const used = new Set<string>();
  const reads: Array<{ field: string; source: string; date: boolean }> = [];
  const defaults: Array<{ field: string; value: unknown }> = [];
  // Keyed rows only: fields the first row did not name, looked for in every row.
  const lateReads: Array<{ field: string; candidates: readonly string[]; date: boolean }> = [];
  const required = requiredFields(kind);
  const missing: string[] = [];

  for (const field of entityFields(kind)) {
    if (field === 'attributes') continue;
    const ours = columnName(field);
    const candidates = [mapping.columns[ours], ours, ...(ALIASES[ours] ?? [])].filter((c): c is string => !!c);
    const source = candidates.map((c) => byLower.get(c.toLowerCase())).find((c) => c !== undefined);
    if (source !== undefined) {
      used.add(source);
      reads.push({ field, source, date: isDateField(field) });
      continue;
    }
    if (options.keyedRows) lateReads.push({ field, candidates, date: isDateField(field) });
    if (mapping.defaults[ours] !== undefined) {
      defaults.push({ field, value: mapping.defaults[ours] });
    } else if (required.has(field) && !(field === 'accountExternalId' && spec.emailForMatching)) {
      missing.push(ours);
    }
  }

  const attributes: Array<{ name: string; source: string }> = [];
  if (kind === 'accounts') {
    for (const [name, theirs] of Object.entries(mapping.attributes)) {
      const source = byLower.get(theirs.toLowerCase());
      if (source !== undefined) {
        used.add(source);
        attributes.push({ name, source });
      }
    }
    for (const c of fileColumns) {
      const m = /^attr[_.](.+)$/i.exec(c.trim());
      if (m?.[1] && !used.has(c)) {
        used.add(c);
        attributes.push({ name: m[1], source: c });
      }
    }
  }
  const sourceOf = new Map(reads.map((r) => [r.field, r.source]));
  const validate = compileRecordValidator(spec.schema);
  const ignoredColumns = fileColumns.filter((c) => !used.has(c) && c.trim() !== '');

  return {
    ignoredColumns,
    missingColumns: missing,
    columnOf: (field) => sourceOf.get(field) ?? columnName(field),
    build(raw) {
      const input: Record<string, unknown> = {};
      for (const d of defaults) input[d.field] = d.value;
      for (const r of reads) {
        const v = raw.values[r.source];
        if (v !== undefined && v !== '') input[r.field] = r.date ? toIsoDate(v, mapping.dateFormat) : v;
      }
      for (const r of lateReads) {
        const source = r.candidates.find((c) => raw.values[c] !== undefined && raw.values[c] !== '');
        if (source !== undefined) input[r.field] = r.date ? toIsoDate(raw.values[source], mapping.dateFormat) : raw.values[source];
      }
      if (attributes.length > 0) {
        const attrs: Record<string, unknown> = {};
        for (const a of attributes) {
          const v = raw.values[a.source];
          if (v !== undefined && v !== '') attrs[a.name] = v;
        }
        input.attributes = attrs;
      }
      const parsed = validate(input);
      if (parsed.ok) return { ok: true, record: parsed.record };
      return describeFailure(parsed.issues, sourceOf);
    },
  };
}

function describeFailure(issues: readonly RecordValidationIssue[], sourceOf: Map<string, string>): BuiltRecord {
  const parts = issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const column = sourceOf.get(field) ?? (field ? columnName(field) : undefined);
    const reason = (issue as { params?: { reason?: RowIssueCode } }).params?.reason;
    const code: RowIssueCode = reason ?? (issue.code === 'invalid_type' ? 'missing_required' : 'invalid_value');
    return { column, code, message: column ? `${column}: ${issue.message}` : issue.message };
  });
  const first = parts[0] ?? { column: undefined, code: 'invalid_value' as const, message: 'invalid row' };
  return { ok: false, code: first.code, ...(first.column ? { column: first.column } : {}), message: parts.map((p) => p.message).join('; ') };
}
