import { parseMailDate, wallClockToIso } from './mail-date.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// asctime() as mbox writers put it after the sender, optionally with a zone before or after the year:
// "Fri Sep 20 12:27:56 2019", "Wed Jan 11 10:01:23 +0000 2017", "Thu Dec  6 09:12:00 2018 -0800".
const ASCTIME = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([+-]\d{4})\s+)?(\d{4})(?:\s+([+-]\d{4}))?\b/i;

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined) return 0;
  const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5));
  return zone.startsWith('-') ? -minutes : minutes;
}

/**
 * The delivery date on an mbox From_ line, as ISO 8601 UTC; undefined when the line has
 * none. The asctime form carries no zone, so it is read as UTC (the convention of most
 * mbox writers, which use the server's clock).
 *
 * @example fromLineDate('From alice@example.com  Fri Sep 20 12:27:56 2019') // '2019-09-20T12:27:56.000Z'
 */
export function fromLineDate(line: string): string | undefined {
  const match = ASCTIME.exec(line);
  if (match) {
    const [, month, day, hour, minute, second, zoneBefore, year, zoneAfter] = match;
    return wallClockToIso(Number(year), MONTHS.indexOf(month?.toLowerCase() ?? ''), Number(day), Number(hour), Number(minute), Number(second ?? 0), offsetMinutes(zoneBefore ?? zoneAfter));
  }
  // A few tools write an RFC 5322 date after the sender instead.
  const rest = /^From\s+\S+\s+(.+)$/.exec(line.trim());
  return rest?.[1] === undefined ? undefined : parseMailDate(rest[1]);
}
