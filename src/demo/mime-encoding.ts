/** The charsets demo mail is written in: UTF-8 today, Latin-1 and Windows-1252 from older clients. */
export type MailCharset = 'utf-8' | 'iso-8859-1' | 'windows-1252';

/** Windows-1252's printable characters in 0x80–0x9F, the range where it differs from Latin-1. */
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89,
  0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95,
  0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Printable ASCII but '=', not ending in white space. */
const LITERAL_LINE = /^(?:[\x21-\x3c\x3e-\x7e][\x20\x21-\x3c\x3e-\x7e]*[\x21-\x3c\x3e-\x7e]|[\x21-\x3c\x3e-\x7e])?$/;

const HEX = Array.from({ length: 256 }, (_, b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`);

/** Whether every character of `text` has a byte in `charset` (UTF-8: always). */
export function encodable(text: string, charset: MailCharset): boolean {
  for (let i = 0; i < text.length; i++) if (byteOf(text.charCodeAt(i), charset) < 0) return false;
  return true;
}

/** A single-byte charset's byte for a UTF-16 unit, or -1. */
function byteOf(code: number, charset: MailCharset): number {
  if (code < 0x80) return code;
  if (charset === 'windows-1252') {
    const high = CP1252_HIGH[code];
    if (high !== undefined) return high;
    return code >= 0xa0 && code <= 0xff ? code : -1;
  }
  return charset === 'iso-8859-1' && code <= 0xff ? code : -1;
}

/** Calls `out` with each byte of the character starting at `text[i]`; returns how many UTF-16 units it used. */
function eachByte(text: string, i: number, charset: MailCharset, out: (byte: number) => void): number {
  const code = text.codePointAt(i) ?? 0;
  if (charset !== 'utf-8') {
    const b = byteOf(code, charset);
    out(b < 0 ? 0x3f : b);
    return code > 0xffff ? 2 : 1;
  }
  if (code < 0x80) out(code);
  else if (code < 0x800) {
    out(0xc0 | (code >> 6));
    out(0x80 | (code & 63));
  } else if (code < 0x10000) {
    out(0xe0 | (code >> 12));
    out(0x80 | ((code >> 6) & 63));
    out(0x80 | (code & 63));
  } else {
    out(0xf0 | (code >> 18));
    out(0x80 | ((code >> 12) & 63));
    out(0x80 | ((code >> 6) & 63));
    out(0x80 | (code & 63));
    return 2;
  }
  return 1;
}

export function encodeBytes(text: string, charset: MailCharset): Uint8Array {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; ) i += eachByte(text, i, charset, (b) => bytes.push(b));
  return Uint8Array.from(bytes);
}

/**
 * Quoted-printable (RFC 2045 §6.7) of `text` in `charset`, lines at most 76 characters,
 * `\n` line ends (mbox files store messages with Unix line ends).
 */
export function quotedPrintable(text: string, charset: MailCharset): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    // Most lines are plain ASCII without '=': they only need cutting into 76-character pieces.
    if (LITERAL_LINE.test(line)) {
      for (let at = 0; at < line.length; at += 75) out.push(line.slice(at, at + 75), at + 75 < line.length ? '=\n' : '\n');
      if (line.length === 0) out.push('\n');
      continue;
    }
    let width = 0;
    let current = '';
    const emit = (token: string): void => {
      if (width + token.length > 75) {
        out.push(current, '=\n');
        current = '';
        width = 0;
      }
      current += token;
      width += token.length;
    };
    for (let i = 0; i < line.length; ) {
      const code = line.charCodeAt(i);
      if (code < 0x80) {
        const last = i === line.length - 1;
        // Printable ASCII stays; '=' and control characters are escaped, and so is trailing white space.
        emit((code >= 33 && code <= 126 && code !== 61) || ((code === 32 || code === 9) && !last) ? line[i] ?? '' : (HEX[code] ?? ''));
        i++;
      } else {
        let token = '';
        i += eachByte(line, i, charset, (b) => (token += HEX[b]));
        emit(token);
      }
    }
    out.push(current, '\n');
  }
  out.pop();
  return out.join('');
}

/** Base64 in 76-character lines. */
export function base64Lines(bytes: Uint8Array): string {
  const flat = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < flat.length; i += 76) lines.push(flat.slice(i, i + 76));
  return lines.join('\n');
}

const Q_SAFE = /[A-Za-z0-9!*+\-/]/;

/**
 * RFC 2047 encoded-words for a header phrase, split so none is longer than 75 characters:
 * `=?utf-8?Q?Maya_M=C3=BCller?=`.
 */
export function encodedWords(text: string, charset: MailCharset, encoding: 'Q' | 'B'): string {
  const prefix = `=?${charset}?${encoding}?`;
  const room = 75 - prefix.length - 2;
  const words: string[] = [];
  let payload = '';
  let bytes: number[] = [];
  const flush = (): void => {
    if (encoding === 'B' ? bytes.length === 0 : payload === '') return;
    words.push(`${prefix}${encoding === 'B' ? Buffer.from(bytes).toString('base64') : payload}?=`);
    payload = '';
    bytes = [];
  };
  for (let i = 0; i < text.length; ) {
    const charBytes: number[] = [];
    i += eachByte(text, i, charset, (b) => charBytes.push(b));
    if (encoding === 'B') {
      if (Math.ceil((bytes.length + charBytes.length) / 3) * 4 > room) flush();
      bytes.push(...charBytes);
    } else {
      const token = charBytes.map((b) => (b === 0x20 ? '_' : Q_SAFE.test(String.fromCharCode(b)) ? String.fromCharCode(b) : HEX[b])).join('');
      if (payload.length + token.length > room) flush();
      payload += token;
    }
  }
  flush();
  return words.join(' ');
}

const ATOM_PHRASE = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]*$/;

/** A display name as a header phrase: as it is, quoted, or as encoded-words when it is not ASCII. */
export function headerPhrase(name: string, charset: MailCharset, encoding: 'Q' | 'B'): string {
  if (ATOM_PHRASE.test(name)) return name;
  if (/^[\x20-\x7e]*$/.test(name)) return `"${name.replace(/["\\]/g, '\\$&')}"`;
  return encodedWords(name, charset, encoding);
}
