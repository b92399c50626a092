import { DAY_MS } from './time-ms.js';

/**
 * A span of time ending at asOf (`90d`: the last 90 days), or a trend comparing a recent span
 * with the span just before it (`30d vs previous 90d`).
 */
export type MetricWindow =
  | { readonly kind: 'span'; readonly days: number; readonly text: string }
  | { readonly kind: 'trend'; readonly recentDays: number; readonly baselineDays: number; readonly text: string };

const UNIT_DAYS: Readonly<Record<string, number>> = { d: 1, w: 7, m: 30, y: 365 };
const SPAN = /^(\d+)\s*([dwmy])$/;
const TREND = /^(\d+\s*[dwmy])\s+vs\.?\s+(?:previous\s+|prior\s+)?(\d+\s*[dwmy])$/;

function spanDays(text: string): number | undefined {
  const m = SPAN.exec(text);
  if (!m) return undefined;
  const days = Number(m[1]) * (UNIT_DAYS[m[2] ?? ''] ?? NaN);
  return days > 0 && days <= 3650 ? days : undefined;
}

/**
 * Parses a window; undefined when the text is not one. Units: d (days), w (weeks),
 * m (30 days), y (365 days).
 * @example parseWindow('30d vs previous 90d') // { kind: 'trend', recentDays: 30, baselineDays: 90, … }
 */
export function parseWindow(input: string): MetricWindow | undefined {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const trend = TREND.exec(text);
  if (trend) {
    const recentDays = spanDays(trend[1] ?? '');
    const baselineDays = spanDays(trend[2] ?? '');
    return recentDays && baselineDays ? { kind: 'trend', recentDays, baselineDays, text } : undefined;
  }
  const days = spanDays(text);
  return days ? { kind: 'span', days, text } : undefined;
}

/** The (from, to] bounds of a window's span, or of a trend's recent and baseline spans. */
export function windowBounds(window: MetricWindow, asOfMs: number): { recent: readonly [number, number]; baseline?: readonly [number, number] } {
  if (window.kind === 'span') return { recent: [asOfMs - window.days * DAY_MS, asOfMs] };
  const split = asOfMs - window.recentDays * DAY_MS;
  return { recent: [split, asOfMs], baseline: [split - window.baselineDays * DAY_MS, split] };
}
