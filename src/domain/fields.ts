import { z } from 'zod';

/**
 * Field schemas shared by every entity. Each accepts what a CSV cell (a string) or a JSON
 * value gives and yields the typed value, so one schema validates every source.
 * Failures carry `params.reason`, one of {@link RowIssueCode}, so the import report can
 * name the reason without parsing messages.
 */

export const ROW_ISSUE_CODES = [
  'missing_required',
  'invalid_date',
  'invalid_timestamp',
  'unparseable_number',
  'negative_amount',
  'out_of_range',
  'invalid_value',
  'invalid_email',
  'unknown_account',
  'unknown_contact',
  'duplicate_id',
  'invalid_encoding',
  'truncated_row',
  'column_count_mismatch',
  'malformed_row',
  'inconsistent_dates',
  // Mail and calendar files: one message or event, found by its position in the file.
  'malformed_message',
  'message_too_large',
  'missing_date',
  'truncated_message',
  'malformed_event',
  'invalid_recurrence',
  'no_participants',
] as const;
export type RowIssueCode = (typeof ROW_ISSUE_CODES)[number];

type Ctx = z.core.$RefinementCtx<unknown>;

function fail(ctx: Ctx, reason: RowIssueCode, message: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message, params: { reason }, input: ctx.value });
  return z.NEVER;
}

/** Empty cells mean "not given". */
function isBlank(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (typeof v === 'string' && v.trim() === '');
}

/** What a field does to one value: the typed value, or an issue added to `ctx`. */
export type FieldParse<T> = (v: unknown, ctx: Ctx) => T;

// Each field is one zod transform, and `required`/`optional` call the field's function
// directly rather than piping one schema into the next: an import validates millions of
// cells, and every extra zod layer (pipe, preprocess) cost about as much as the check itself.
const PARSERS = new WeakMap<z.ZodType, FieldParse<unknown>>();

/**
 * What a field's parsed value is on the wire, for the API's schemas and OpenAPI document:
 * a field accepts loose input (a CSV cell) but always yields one of these.
 */
export type FieldWireType =
  | { readonly type: 'text' | 'id' | 'email' | 'slug' | 'currency' | 'date' | 'timestamp' | 'boolean' | 'list' | 'domains' }
  | { readonly type: 'number'; readonly min?: number; readonly max?: number; readonly integer?: boolean }
  | { readonly type: 'choice'; readonly values: readonly string[] };

const WIRE_TYPES = new WeakMap<z.ZodType, FieldWireType>();

function field<T>(parse: FieldParse<T>, wire: FieldWireType) {
  const schema = z.unknown().transform(parse);
  PARSERS.set(schema, parse);
  WIRE_TYPES.set(schema, wire);
  return schema;
}

/** The wire type of a field made here (or `required`/`optional`/`withDefault` of one); undefined for any other schema. */
export function fieldWireType(schema: z.ZodType): FieldWireType | undefined {
  return WIRE_TYPES.get(schema);
}

/**
 * The function behind a field made here (a field, or `required`/`optional`/`withDefault`
 * of one); any other schema is run through zod and its issues passed on. The import
 * validates rows with these directly, skipping zod's object machinery.
 */
export function fieldParser<T>(schema: z.ZodType<T>): FieldParse<T> {
  const known = PARSERS.get(schema);
  if (known) return known as FieldParse<T>;
  return (v, ctx) => {
    const result = schema.safeParse(v);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, input: v } as Parameters<Ctx['addIssue']>[0]);
    return z.NEVER;
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
/** Already in the stored form, or that form without milliseconds: no Date round trip needed. */
const CANONICAL_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month] ?? 0;
}

const MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function checkDayMonth(ctx: Ctx, raw: string, y: number, m: number, d: number, reason: RowIssueCode): boolean {
  if (m < 1 || m > 12) {
    fail(ctx, reason, `"${raw}" has month ${m}; months run 1 to 12`);
    return false;
  }
  if (d < 1 || d > daysInMonth(y, m)) {
    fail(ctx, reason, `"${raw}" is not a real date: ${MONTHS[m]} ${y} has ${daysInMonth(y, m)} days`);
    return false;
  }
  return true;
}

/** Two ASCII digits of `s` at `at` as a number (the caller has matched them as digits). */
function digits2(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48;
}

function parseDate(v: unknown, ctx: Ctx): string {
  const raw = typeof v === 'string' ? v.trim() : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  const m = ISO_DATE.exec(raw) ?? ISO_TIMESTAMP.exec(raw);
  if (!m) return fail(ctx, 'invalid_date', `"${raw}" is not a date (expected YYYY-MM-DD)`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!checkDayMonth(ctx, raw, y, mo, d, 'invalid_date')) return z.NEVER;
  return raw.slice(0, 10);
}

/** A calendar date, stored as `YYYY-MM-DD`. Rejects impossible dates such as 2024-02-30. */
export const dateField = field(parseDate, { type: 'date' });

function parseTimestamp(v: unknown, ctx: Ctx): string {
  if (v instanceof Date) return v.toISOString();
  const raw = typeof v === 'string' ? v.trim() : String(v);
  if (CANONICAL_TIMESTAMP.test(raw)) {
    const y = Number(raw.slice(0, 4));
    if (!checkDayMonth(ctx, raw, y, digits2(raw, 5), digits2(raw, 8), 'invalid_timestamp')) return z.NEVER;
    if (digits2(raw, 11) > 23 || digits2(raw, 14) > 59 || digits2(raw, 17) > 59) return fail(ctx, 'invalid_timestamp', `"${raw}" has an impossible time of day`);
    // Years before 1000 would print differently through Date; they take the general path.
    if (y >= 1000) return raw.length === 24 ? raw : `${raw.slice(0, 19)}.000Z`;
  }
  const dm = ISO_DATE.exec(raw);
  if (dm) {
    if (!checkDayMonth(ctx, raw, Number(dm[1]), Number(dm[2]), Number(dm[3]), 'invalid_timestamp')) return z.NEVER;
    return `${raw}T00:00:00.000Z`;
  }
  const m = ISO_TIMESTAMP.exec(raw);
  if (!m) return fail(ctx, 'invalid_timestamp', `"${raw}" is not a timestamp (expected ISO 8601, e.g. 2024-05-01T09:30:00Z)`);
  if (!checkDayMonth(ctx, raw, Number(m[1]), Number(m[2]), Number(m[3]), 'invalid_timestamp')) return z.NEVER;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) {
    return fail(ctx, 'invalid_timestamp', `"${raw}" has an impossible time of day`);
  }
  let zone = m[8] ?? 'Z';
  if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ?? ''}${zone.toUpperCase()}`;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return fail(ctx, 'invalid_timestamp', `"${raw}" is not a timestamp`);
  return new Date(t).toISOString();
}

/**
 * A moment in time, stored as an ISO 8601 UTC string with milliseconds
 * (`2024-05-01T09:30:00.000Z`) so text comparison orders it on every database.
 * A bare date means midnight UTC; a time without an offset is taken as UTC.
 */
export const timestampField = field(parseTimestamp, { type: 'timestamp' });

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

function parseNumber(v: unknown, ctx: Ctx): number {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return fail(ctx, 'unparseable_number', `${v} is not a finite number`);
    return v;
  }
  const raw = typeof v === 'string' ? v : String(v);
  if (PLAIN_NUMBER.test(raw)) return Number(raw);
  // Exports often carry currency symbols or thousands separators ("$1,200.50").
  const trimmed = raw.trim();
  const cleaned = trimmed.replace(/^[$€£¥]|^[A-Z]{3}\s+/, '').replace(/\s/g, '');
  const text = GROUPED.test(cleaned) ? cleaned.replace(/,/g, '') : cleaned;
  if (!NUMBER.test(text)) return fail(ctx, 'unparseable_number', `"${trimmed}" is not a number`);
  return Number(text);
}

/** Any finite number. */
export const numberField = field(parseNumber, { type: 'number' });

/** A money amount: a number that may not be negative. */
export const amountField = field((v, ctx): number => {
  const n = parseNumber(v, ctx);
  if (typeof n !== 'number') return z.NEVER;
  if (n < 0) return fail(ctx, 'negative_amount', `amount ${n} is negative`);
  return Math.round(n * 100) / 100;
}, { type: 'number', min: 0 });

/** A whole count, zero or more. */
export const countField = field((v, ctx): number => {
  const n = parseNumber(v, ctx);
  if (typeof n !== 'number') return z.NEVER;
  if (!Number.isInteger(n)) return fail(ctx, 'unparseable_number', `"${String(v)}" is not a whole number`);
  if (n < 0) return fail(ctx, 'out_of_range', `count ${n} is negative`);
  return n;
}, { type: 'number', min: 0, integer: true });

/** A number within [min, max]. */
export function scoreField(min: number, max: number, integer = true) {
  return field((v, ctx): number => {
    const n = parseNumber(v, ctx);
    if (typeof n !== 'number') return z.NEVER;
    if ((integer && !Number.isInteger(n)) || n < min || n > max) {
      return fail(ctx, 'out_of_range', `${String(v)} is outside ${min}..${max}`);
    }
    return n;
  }, { type: 'number', min, max, integer });
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Whether text is an email address as every email field accepts it. */
export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}

/** An email address, lower-cased so matching is case-insensitive. */
export const emailField = field((v, ctx): string => {
  const raw = String(v).trim();
  if (!EMAIL.test(raw)) return fail(ctx, 'invalid_email', `"${raw}" is not an email address`);
  return raw.toLowerCase();
}, { type: 'email' });

/** A domain name such as `acme.com`, lower-cased, without `www.` or a scheme. */
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;
export function normalizeDomain(raw: string): string | undefined {
  const d = raw.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '').replace(/^.*@/, '');
  return DOMAIN.test(d) ? d : undefined;
}

function parseList(v: unknown): string[] {
  const items = Array.isArray(v) ? v.map(String) : String(v).split(/[;|,]/);
  const out: string[] = [];
  for (const item of items) {
    const s = item.trim();
    if (s.length > 0) out.push(s);
  }
  return out;
}

/** A list given as an array or as text separated by `;`, `|` or `,`. */
export const listField = field(parseList, { type: 'list' });

export const domainListField = field((v, ctx): string[] => {
  const out: string[] = [];
  for (const item of parseList(v)) {
    const d = normalizeDomain(item);
    if (!d) return fail(ctx, 'invalid_value', `"${item}" is not a domain name`);
    if (!out.includes(d)) out.push(d);
  }
  return out;
}, { type: 'domains' });

function parseText(v: unknown): string {
  return (typeof v === 'string' ? v : String(v)).trim();
}

/** Free text; surrounding whitespace trimmed. */
export const textField = field(parseText, { type: 'text' });

/** A closed set of lower-case values; input is matched case-insensitively with spaces as `_`. */
export function choiceField<const T extends readonly [string, ...string[]]>(values: T) {
  const set = new Set<string>(values);
  return field((v, ctx): T[number] => {
    if (typeof v === 'string' && set.has(v)) return v as T[number];
    const s = String(v).trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (!set.has(s)) return fail(ctx, 'invalid_value', `"${String(v)}" is not one of ${values.join(', ')}`);
    return s as T[number];
  }, { type: 'choice', values });
}

/** A yes/no value: true/false, yes/no, 1/0, y/n. */
export const booleanField = field((v, ctx): boolean => {
  if (typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(s)) return true;
  if (['false', 'no', 'n', '0'].includes(s)) return false;
  return fail(ctx, 'invalid_value', `"${String(v)}" is not yes/no`);
}, { type: 'boolean' });

function inheritWireType(made: z.ZodType, from: z.ZodType): void {
  const wire = WIRE_TYPES.get(from);
  if (wire) WIRE_TYPES.set(made, wire);
}

/** Makes a field optional: blank cells become `undefined`. */
export function optional<T>(schema: z.ZodType<T>) {
  const parse = fieldParser(schema);
  const optionalParse: FieldParse<T | undefined> = (v, ctx) => (isBlank(v) ? undefined : parse(v, ctx));
  const made = z.unknown().transform(optionalParse).optional();
  PARSERS.set(made, optionalParse);
  inheritWireType(made, schema);
  return made;
}

/** Makes a field optional with a value for blank cells; `fallback` is called each time, so a list default is never shared. */
export function withDefault<T>(schema: z.ZodType<T>, fallback: () => T) {
  const parse = fieldParser(schema);
  const defaultedParse: FieldParse<T> = (v, ctx) => (isBlank(v) ? fallback() : parse(v, ctx));
  // A transform alone is not run for a missing key; `default` covers that case.
  const made = z
    .unknown()
    .transform(defaultedParse)
    .default(fallback as () => never);
  PARSERS.set(made, defaultedParse as FieldParse<unknown>);
  inheritWireType(made, schema);
  return made;
}

/** Makes a field required: a blank cell is `missing_required`. */
export function required<T>(schema: z.ZodType<T>) {
  const parse = fieldParser(schema);
  const requiredParse: FieldParse<T> = (v, ctx) => (isBlank(v) ? fail(ctx, 'missing_required', 'a value is required') : parse(v, ctx));
  const made = z.unknown().transform(requiredParse);
  PARSERS.set(made, requiredParse as FieldParse<unknown>);
  inheritWireType(made, schema);
  return made;
}

/** A lower-case identifier such as a metric name: letters, digits, `_`, `-`, `.`. */
export const slugField = field((v, ctx): string => {
  const s = String(v).trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9_.-]*$/.test(s)) return fail(ctx, 'invalid_value', `"${String(v)}" is not a name (letters, digits, _ . -)`);
  return s;
}, { type: 'slug' });

/** An external id: any non-empty text, trimmed. */
export const idField = field((v, ctx): string => {
  const s = parseText(v);
  return s.length > 0 ? s : fail(ctx, 'missing_required', 'empty id');
}, { type: 'id' });

/** ISO 4217 currency code. */
export const currencyField = field((v, ctx): string => {
  const s = String(v).trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(s)) return fail(ctx, 'invalid_value', `"${String(v)}" is not a currency code (e.g. USD)`);
  return s;
}, { type: 'currency' });
