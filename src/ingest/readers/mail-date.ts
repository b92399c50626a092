const MONTHS: Readonly<Record<string, number>> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/**
 * Offsets in minutes of the zone names mail software writes. RFC 5322 (4.3) names the
 * North American ones; the rest are common in the wild. Any other name counts as UTC, as the
 * RFC says for unknown obsolete zones.
 */
const ZONES: Readonly<Record<string, number>> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  bst: 60, cet: 60, west: 60, cest: 120, eet: 120, eest: 180, msk: 180,
  hkt: 480, sgt: 480, jst: 540, kst: 540, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

// [day-of-week ","] day month year hour ":" minute [":" second] [zone], RFC 5322 3.3 with the obsolete forms.
const RFC5322 = /^(?:[a-z]+\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4}),?\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?/i;
// Some clients write the month first: "Tue, Jul 14 2015 12:19:08 +0800".
const MONTH_FIRST = /^(?:[a-z]+\.?,?\s*)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function stripComments(text: string): string {
  let out = text;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/\([^()]*\)/g, ' ');
  }
  return out.trim();
}

function zoneMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    if (Number(numeric[3]) > 59 || minutes > 14 * 60) return undefined;
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONES[zone.toLowerCase()] ?? 0;
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (digits.length === 3) return 1900 + year;
  return year;
}

/** UTC ISO string of a wall-clock time at `offset` minutes from UTC; undefined for an impossible date. */
export function wallClockToIso(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number): string | undefined {
  if (year < 1900 || year > 9999 || month < 0 || month > 11 || hour > 23 || minute > 59 || second > 60) return undefined;
  const midnight = new Date(Date.UTC(year, month, day));
  if (midnight.getUTCDate() !== day) return undefined;
  return new Date(midnight.getTime() + ((hour * 60 + minute - offset) * 60 + Math.min(second, 59)) * 1000).toISOString();
}

/**
 * The instant of a mail date (RFC 5322 with its obsolete forms, or ISO 8601) as an ISO
 * 8601 UTC string; undefined when it is not a date. A date without a zone is read as UTC
 * rather than the machine's local time, so an import gives the same result everywhere.
 *
 * @example parseMailDate('Sun, 7 Feb 2010 14:02:38 -0800 (PST)') // '2010-02-07T22:02:38.000Z'
 */
export function parseMailDate(value: string): string | undefined {
  const text = stripComments(value);
  const iso = ISO.exec(text);
  if (iso) {
    const offset = zoneMinutes(iso[7] === undefined || iso[7].toLowerCase() === 'z' ? undefined : iso[7]);
    if (offset === undefined) return undefined;
    return wallClockToIso(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), offset);
  }
  const dayFirst = RFC5322.exec(text);
  const monthFirst = dayFirst ? undefined : MONTH_FIRST.exec(text);
  const parts = dayFirst
    ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3], rest: dayFirst.slice(4) }
    : monthFirst
      ? { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3], rest: monthFirst.slice(4) }
      : undefined;
  if (parts === undefined) return undefined;
  const month = MONTHS[parts.month?.toLowerCase() ?? ''];
  const [hour, minute, second, zone] = parts.rest;
  const offset = zoneMinutes(zone);
  if (month === undefined || offset === undefined) return undefined;
  return wallClockToIso(fullYear(parts.year ?? ''), month, Number(parts.day), Number(hour), Number(minute), Number(second ?? 0), offset);
}
