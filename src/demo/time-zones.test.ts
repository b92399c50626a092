import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from './calendar.js';
import { localFromUtc, offsetMinutes, TIME_ZONES, utcFromLocal } from './time-zones.js';

/** The offset ICU gives for a zone at an instant, in minutes: the reference the demo's own rules must match. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlOffset(zone: string, ms: number): number {
  let format = formats.get(zone);
  if (!format) formats.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

describe('time zones', () => {
  it('give the same offsets as ICU for every zone from 2023 to 2027, switches included', () => {
    const from = Date.UTC(2023, 0, 1);
    const to = Date.UTC(2028, 0, 1);
    const mismatches: string[] = [];
    for (const zone of Object.values(TIME_ZONES)) {
      for (let day = from; day < to; day += DAY_MS) {
        // Hour by hour only on days where the offset changes, which is where rules go wrong.
        const changes = intlOffset(zone.id, day) !== intlOffset(zone.id, day + DAY_MS) || offsetMinutes(zone, day) !== offsetMinutes(zone, day + DAY_MS);
        const step = changes ? HOUR_MS / 2 : DAY_MS;
        for (let t = day; t < day + DAY_MS; t += step) {
          if (offsetMinutes(zone, t) !== intlOffset(zone.id, t)) mismatches.push(`${zone.id} ${new Date(t).toISOString()}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('place a wall-clock time of working hours at the instant those clocks show it', () => {
    const local = Date.UTC(2025, 6, 1, 10, 30);
    expect(new Date(utcFromLocal(TIME_ZONES.berlin, local)).toISOString()).toBe('2025-07-01T08:30:00.000Z');
    expect(new Date(utcFromLocal(TIME_ZONES.kolkata, local)).toISOString()).toBe('2025-07-01T05:00:00.000Z');
    expect(localFromUtc(TIME_ZONES.newYork, utcFromLocal(TIME_ZONES.newYork, local))).toBe(local);
  });
});
