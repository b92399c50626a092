import { describe, expect, it } from 'vitest';
import { timeMs } from './time-ms.js';

describe('timeMs', () => {
  it('reads canonical timestamps and dates exactly as Date.parse does', () => {
    for (const s of ['2024-02-29T23:59:59.999Z', '1999-12-31T00:00:00.000Z', '2025-06-30T12:00:00.000Z']) expect(timeMs(s), s).toBe(Date.parse(s));
    expect(timeMs('2024-02-29')).toBe(Date.parse('2024-02-29T00:00:00.000Z'));
    for (let ms = Date.parse('1969-12-25T00:00:00.000Z'); ms < Date.parse('2031-01-01T00:00:00.000Z'); ms += 86_400_000 * 13 + 3_723_004) {
      const iso = new Date(ms).toISOString();
      expect(timeMs(iso), iso).toBe(ms);
      expect(timeMs(iso.slice(0, 10)), iso).toBe(Date.parse(iso.slice(0, 10)));
    }
  });

  it('falls back to Date.parse for other forms and gives NaN for non-times', () => {
    expect(timeMs('2024-05-01T09:30:00+02:00')).toBe(Date.parse('2024-05-01T07:30:00.000Z'));
    expect(timeMs('2024-05-01T09:30:00Z')).toBe(Date.parse('2024-05-01T09:30:00.000Z'));
    expect(timeMs('yesterday')).toBeNaN();
    expect(timeMs('2024-0x-01')).toBeNaN();
    expect(timeMs('2024-13-01')).toBeNaN();
  });
});
