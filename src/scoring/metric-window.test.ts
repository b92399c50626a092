import { describe, expect, it } from 'vitest';
import { parseWindow, windowBounds } from './metric-window.js';

describe('parseWindow', () => {
  it('reads spans in days, weeks, months of 30 days and years of 365', () => {
    expect(parseWindow('90d')).toEqual({ kind: 'span', days: 90, text: '90d' });
    expect(parseWindow('12w')).toMatchObject({ days: 84 });
    expect(parseWindow('6m')).toMatchObject({ days: 180 });
    expect(parseWindow(' 1Y ')).toMatchObject({ days: 365, text: '1y' });
  });

  it('reads a trend of a recent span against the span before it', () => {
    expect(parseWindow('30d vs previous 90d')).toEqual({ kind: 'trend', recentDays: 30, baselineDays: 90, text: '30d vs previous 90d' });
    expect(parseWindow('4w vs 12w')).toMatchObject({ kind: 'trend', recentDays: 28, baselineDays: 84 });
  });

  it('rejects what is not a window', () => {
    for (const bad of ['90', 'ninety days', '0d', '30d vs', '30d versus 90d', '-5d']) expect(parseWindow(bad), bad).toBeUndefined();
  });

  it('ends a span at asOf and puts the baseline just before the recent span', () => {
    const day = 86_400_000;
    const trend = parseWindow('10d vs previous 20d');
    expect(trend && windowBounds(trend, 100 * day)).toEqual({ recent: [90 * day, 100 * day], baseline: [70 * day, 90 * day] });
  });
});
