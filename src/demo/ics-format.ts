import { localFromUtc, type TimeZone } from './time-zones.js';

const ASCII = /^\p{ASCII}*$/u;

/** Octets of a BMP character in UTF-8 (surrogate pairs are counted by the caller). */
function octets(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space, never inside
 * a UTF-8 sequence; every line ends in CRLF.
 */
export function foldLine(line: string): string {
  // At most 3 octets per UTF-16 unit: a line this short fits whatever it holds.
  if (line.length <= 25) return `${line}\r\n`;
  if (ASCII.test(line)) {
    if (line.length <= 75) return `${line}\r\n`;
    let out = `${line.slice(0, 75)}\r\n`;
    for (let at = 75; at < line.length; at += 74) out += ` ${line.slice(at, at + 74)}\r\n`;
    return out;
  }
  let width = 0;
  let start = 0;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const high = code >= 0xd800 && code <= 0xdbff;
    const size = high ? 4 : octets(code);
    if (width + size > 75) {
      out += `${line.slice(start, i)}\r\n `;
      start = i;
      width = 1;
    }
    width += size;
    if (high) i++;
  }
  return `${out}${line.slice(start)}\r\n`;
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, '\\$&').replace(/\r?\n/g, '\\n');
}

/** A parameter value, quoted when it holds `:`, `;` or `,` (double quotes cannot be escaped, so they go). */
export function paramValue(value: string): string {
  const clean = value.replace(/"/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

function stamp(d: Date): string {
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}

/** `20250305T133000Z`. */
export function icsUtc(ms: number): string {
  return `${stamp(new Date(ms))}Z`;
}

/** The wall-clock time in `zone`, `20250305T083000`, for `;TZID=` values. */
export function icsLocal(zone: TimeZone, ms: number): string {
  return stamp(new Date(localFromUtc(zone, ms)));
}

/** `DTSTART;TZID=America/New_York:20250305T083000`, or in UTC when no zone is given. */
export function dateTimeProperty(name: string, ms: number, zone?: TimeZone): string {
  return zone ? `${name};TZID=${zone.id}:${icsLocal(zone, ms)}` : `${name}:${icsUtc(ms)}`;
}
