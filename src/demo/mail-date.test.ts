import { describe, expect, it } from 'vitest';
import { asctime, rfc5322Date } from './mail-date.js';
import { TIME_ZONES } from './time-zones.js';

describe('mail dates', () => {
  it('writes Date headers in the sender offset and mbox From_ dates in UTC', () => {
    const at = Date.parse('2024-12-19T14:12:00Z');
    expect(rfc5322Date(at, TIME_ZONES.berlin)).toBe('Thu, 19 Dec 2024 15:12:00 +0100');
    expect(rfc5322Date(at, TIME_ZONES.losAngeles)).toBe('Thu, 19 Dec 2024 06:12:00 -0800');
    expect(rfc5322Date(at, TIME_ZONES.kolkata)).toBe('Thu, 19 Dec 2024 19:42:00 +0530');
    expect(asctime(Date.parse('2024-12-05T09:02:03Z'))).toBe('Thu Dec  5 09:02:03 2024');
  });
});
