/** A cell value as generators produce it; lists become `;`-separated text. */
export type CellValue = string | number | boolean | undefined | null | readonly string[];

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell, quoted (RFC 4180) when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(',');
}
