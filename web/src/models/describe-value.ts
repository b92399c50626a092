import type { ValueKind } from './metric-words.ts';

/** A number as people write it: at most two decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  return String(Number(n.toFixed(2)));
}

/** A share of a whole (0.136) as a percentage with at most one decimal ("13.6 %"). */
export function formatPercent(part: number, whole = 1): string {
  return `${String(whole === 0 ? 0 : Number(((100 * part) / whole).toFixed(1)))} %`;
}

/**
 * A metric value in its unit. Shares and changes always carry their %; days and other units
 * only where `withUnit` (the first value of a list), as people write "30 days, 10 or 2".
 * @example formatValue(30, { kind: 'days' }, true) // "30 days"
 */
export function formatValue(value: number, kind: ValueKind, withUnit: boolean): string {
  switch (kind.kind) {
    case 'share':
      return formatPercent(value);
    case 'change':
      return `${value > 0 ? '+' : ''}${formatPercent(value)}`;
    case 'days':
      return withUnit ? `${formatNumber(value)} ${value === 1 ? 'day' : 'days'}` : formatNumber(value);
    case 'plain':
      return withUnit && kind.unit ? `${formatNumber(value)} ${value === 1 ? (kind.one ?? kind.unit) : kind.unit}` : formatNumber(value);
  }
}

const UNITS: Readonly<Record<string, [string, string]>> = { d: ['day', 'days'], w: ['week', 'weeks'], m: ['month', 'months'], y: ['year', 'years'] };

function spanWords(span: string): string {
  const m = /^(\d+)\s*([dwmy])$/.exec(span.trim());
  if (!m) return span;
  const n = Number(m[1]);
  const [singular, plural] = UNITS[m[2] as string] as [string, string];
  return n === 1 ? `1 ${singular}` : `${n} ${plural}`;
}

/**
 * A model window in words: `180d` is "over 180 days", `30d vs previous 90d` "the last 30 days
 * against the 90 days before"; no window is "as of today" (a state such as days since contact).
 */
export function windowWords(window: string | undefined): string {
  if (window === undefined) return 'as of today';
  const trend = /^(.+?)\s+vs\s+previous\s+(.+)$/.exec(window.trim());
  if (trend) return `the last ${spanWords(trend[1] as string)} against the ${spanWords(trend[2] as string)} before`;
  return `over ${spanWords(window)}`;
}
