import { describe, expect, it } from 'vitest';
import { businessHoursBetween, businessHoursIn, DEFAULT_BUSINESS_HOURS } from './business-hours.js';

const ms = (iso: string) => Date.parse(iso);
const NEW_YORK = businessHoursIn('America/New_York');

describe('businessHoursBetween', () => {
  it('counts Friday 16:00 to Monday 10:00 in New York as 2 working hours', () => {
    // 2025-06-06 is a Friday; New York is UTC-4 in June.
    expect(businessHoursBetween(ms('2025-06-06T20:00:00Z'), ms('2025-06-09T14:00:00Z'), NEW_YORK)).toBe(2);
  });

  it('gives the same two instants 5 working hours in UTC: Friday 20:00 is after hours, Monday 09:00–14:00 counts', () => {
    expect(businessHoursBetween(ms('2025-06-06T20:00:00Z'), ms('2025-06-09T14:00:00Z'))).toBe(5);
    // In Tokyo they are Saturday 05:00 and Monday 23:00: all of Monday's working day.
    expect(businessHoursBetween(ms('2025-06-06T20:00:00Z'), ms('2025-06-09T14:00:00Z'), businessHoursIn('Asia/Tokyo'))).toBe(8);
  });

  it('follows the local clock across a DST change: the weekend of 2025-03-09 loses a wall hour, no working hour', () => {
    const from = ms('2025-03-07T21:00:00Z'); // Friday 16:00 EST
    const to = ms('2025-03-10T14:00:00Z'); // Monday 10:00 EDT
    expect((to - from) / 3_600_000).toBe(65);
    expect(businessHoursBetween(from, to, NEW_YORK)).toBe(2);
    // A whole working week across the change is still five 8-hour days.
    expect(businessHoursBetween(ms('2025-03-03T14:00:00Z'), ms('2025-03-10T13:00:00Z'), NEW_YORK)).toBe(40);
  });

  it('counts partial days, nights and weekends as nothing beyond the opening hours', () => {
    expect(businessHoursBetween(ms('2025-06-09T10:30:00Z'), ms('2025-06-09T11:00:00Z'))).toBe(0.5);
    expect(businessHoursBetween(ms('2025-06-09T18:00:00Z'), ms('2025-06-10T08:00:00Z'))).toBe(0);
    expect(businessHoursBetween(ms('2025-06-07T09:00:00Z'), ms('2025-06-08T17:00:00Z'))).toBe(0);
    expect(businessHoursBetween(ms('2025-06-10T12:00:00Z'), ms('2025-06-09T12:00:00Z'))).toBe(0);
  });

  it('takes other working days and hours: Sunday–Thursday 08:00–16:00 in Jerusalem, or round the clock', () => {
    const israel = { timeZone: 'Asia/Jerusalem', days: [7, 1, 2, 3, 4], start: '08:00', end: '16:00' };
    // Thursday 15:00 local (12:00Z, UTC+3) to Sunday 09:00 local: 1 hour on Thursday, 1 on Sunday.
    expect(businessHoursBetween(ms('2025-06-05T12:00:00Z'), ms('2025-06-08T06:00:00Z'), israel)).toBe(2);
    const always = { ...DEFAULT_BUSINESS_HOURS, days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };
    expect(businessHoursBetween(ms('2025-06-06T20:00:00Z'), ms('2025-06-09T14:00:00Z'), always)).toBe(66);
  });

  it('counts long spans week by week as exactly as day by day, DST changes included', () => {
    // 2025 has 261 weekdays; New York changes its clocks in March and November.
    expect(businessHoursBetween(ms('2025-01-01T05:00:00Z'), ms('2026-01-01T05:00:00Z'), NEW_YORK)).toBe(261 * 8);
    // Round the clock in Berlin, every wall-clock hour is a working hour, also the weeks of the two changes.
    const always = { timeZone: 'Europe/Berlin', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };
    const from = ms('2025-01-01T10:00:00Z');
    const to = ms('2025-12-20T07:30:00Z');
    expect(businessHoursBetween(from, to, always)).toBe((to - from) / 3_600_000);
  });

  it('refuses hours that do not make a working day', () => {
    expect(() => businessHoursBetween(0, 1, { ...DEFAULT_BUSINESS_HOURS, start: '17:00', end: '09:00' })).toThrow(RangeError);
    expect(() => businessHoursBetween(0, 1, { ...DEFAULT_BUSINESS_HOURS, start: '9am' })).toThrow(RangeError);
    expect(() => businessHoursBetween(0, 1, { ...DEFAULT_BUSINESS_HOURS, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('businessHoursIn', () => {
  it('uses a valid IANA zone and falls back to UTC for anything else', () => {
    expect(businessHoursIn('Europe/Berlin').timeZone).toBe('Europe/Berlin');
    expect(businessHoursIn('Europe/Berlinn')).toBe(DEFAULT_BUSINESS_HOURS);
    expect(businessHoursIn(undefined)).toBe(DEFAULT_BUSINESS_HOURS);
  });
});
