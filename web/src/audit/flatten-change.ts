export interface ChangeRow {
  /** The field's path, e.g. `value` or `definition.bands[0].min`. */
  readonly field: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
  readonly changed: boolean;
}

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v] as const) : Object.entries(value).map(([k, v]) => [prefix ? `.${k}` : k, v] as const);
    if (entries.length === 0) out.set(prefix || '(value)', Array.isArray(value) ? '[]' : '{}');
    for (const [k, v] of entries) flatten(v, `${prefix}${k}`, out);
    return;
  }
  out.set(prefix || '(value)', typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * An audit entry's before and after as rows of field, old value, new value, so a reader sees
 * what changed without reading JSON. Fields in either side appear once, changed ones flagged.
 * @example flattenChange({ value: 60 }, { value: 70, reason: 'call' }) // [{ field: 'value', before: '60', after: '70', changed: true }, { field: 'reason', before: undefined, after: 'call', changed: true }]
 */
export function flattenChange(before: unknown, after: unknown): readonly ChangeRow[] {
  const b = new Map<string, string>();
  const a = new Map<string, string>();
  if (before !== undefined) flatten(before, '', b);
  if (after !== undefined) flatten(after, '', a);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields.map((field) => ({ field, before: b.get(field), after: a.get(field), changed: b.get(field) !== a.get(field) }));
}
