import { IANAZone } from 'luxon';

/** A VTIMEZONE as jCal, the form `new ICAL.Component(jcal)` takes. */
export type JcalComponent = [string, unknown[], unknown[]];

const MINUTE = 60_000;
/** Offsets are sampled a week apart, then bisected: no zone changes offset twice within a week. */
const STEP = 7 * 24 * 60 * MINUTE;

/** `(UTC+07:00) Bangkok, Hanoi, Jakarta`, `(GMT-05:00) Eastern Time`, `(UTC) Dublin`: Windows display names. */
const OFFSET_PREFIX = /^\((?:UTC|GMT)(?:\s*([+-])(\d{1,2})(?::?(\d{2}))?)?\)/i;

function utcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** jCal date-time text of an instant as wall time at `offset` minutes. */
function wallTime(ms: number, offset: number): string {
  return new Date(ms + offset * MINUTE).toISOString().slice(0, 19);
}

function observance(kind: 'standard' | 'daylight', startMs: number, from: number, to: number): JcalComponent {
  const props = [
    ['dtstart', {}, 'date-time', wallTime(startMs, from)],
    ['tzoffsetfrom', {}, 'utc-offset', utcOffset(from)],
    ['tzoffsetto', {}, 'utc-offset', utcOffset(to)],
  ];
  return [kind, props, []];
}

function vtimezone(tzid: string, observances: JcalComponent[]): JcalComponent {
  return ['vtimezone', [['tzid', {}, 'text', tzid]], observances];
}

function fixedOffset(tzid: string): JcalComponent | undefined {
  const m = OFFSET_PREFIX.exec(tzid.trim());
  if (!m) return undefined;
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0));
  return vtimezone(tzid, [observance('standard', Date.UTC(1601, 0, 1), minutes, minutes)]);
}

/** Every offset change of an IANA zone from `fromYear` to `toYear`, as one observance each. */
function ianaZone(tzid: string, fromYear: number, toYear: number): JcalComponent | undefined {
  if (!IANAZone.isValidZone(tzid)) return undefined;
  const zone = IANAZone.create(tzid);
  let t = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  let offset = zone.offset(t);
  const observances = [observance('standard', t, offset, offset)];
  while (t < end) {
    const next = t + STEP;
    const after = zone.offset(next);
    if (after !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.max(1, Math.floor((hi - lo) / MINUTE / 2)) * MINUTE;
        if (zone.offset(mid) === offset) lo = mid;
        else hi = mid;
      }
      observances.push(observance(after > offset ? 'daylight' : 'standard', hi, offset, after));
      offset = after;
    }
    t = next;
  }
  return vtimezone(tzid, observances);
}

/** Zones by TZID and years; cleared when full, since each file may ask for other years. */
const CACHE = new Map<string, JcalComponent | undefined>();
const CACHE_LIMIT = 500;

/**
 * A VTIMEZONE for a TZID the file uses but does not define, so ical.js resolves those
 * times (and matches their EXDATEs and RECURRENCE-IDs) like any other. RFC 5545 requires
 * the definition, but Google and Apple invitations, and hand-made files, often name an
 * IANA zone without one (corpus: node-ical-daily-count-exdate-recurrence-id.ics,
 * America/Los_Angeles). Tried in turn:
 * - an IANA name known to Intl (`US/Central` too): its real offsets, from `fromYear`
 *   through `toYear` (later times keep the last offset);
 * - a Windows display name with its offset in front, `(UTC-05:00) Eastern Time (US & Canada)`
 *   (node-ical-Office-2012-owa.ics): that fixed offset. It is the zone's standard offset, so
 *   times in its summer time come out an hour off, which is still nearer than UTC;
 * - anything else (`Amsterdam, Belgrade, Berlin, …` in node-ical-test_with_tz_list.ics):
 *   undefined, and ical.js reads the times as floating, which we take as UTC.
 *
 * @example synthesizeTimezone('Europe/Berlin', 2024, 2024)?.[2].length // 3: January, the March and the October change
 */
export function synthesizeTimezone(tzid: string, fromYear: number, toYear: number): JcalComponent | undefined {
  const key = `${tzid}\u0000${fromYear}\u0000${toYear}`;
  if (!CACHE.has(key)) {
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(key, ianaZone(tzid, fromYear, toYear) ?? fixedOffset(tzid));
  }
  const found = CACHE.get(key);
  // A copy: ical.js keeps the jCal it is given as the component's storage.
  return found && structuredClone(found);
}
