const formats = new Map<string, Intl.NumberFormat>();

/** ARR as a compact amount ("$1.2M"), in its currency when it has one; "–" without a value. */
export function formatMoney(value: number | null | undefined, currency?: string | null): string {
  if (value === null || value === undefined) return '–';
  const key = currency ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1, ...(currency ? { style: 'currency', currency } : {}) });
    formats.set(key, format);
  }
  return format.format(value);
}
