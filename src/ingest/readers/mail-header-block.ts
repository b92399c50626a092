import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

export interface MailHeaderBlock {
  /** The top-level header lines as text, without the blank line that ends them. */
  readonly text: string;
  /** The message with its header block in UTF-8, ready for a parser that reads headers as UTF-8. */
  readonly message: Uint8Array;
}

const CHARSET_SCAN_BYTES = 64 * 1024;

/** Offset of the blank line that ends the header block, or the message length when there is none. */
export function headerEnd(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0x0a || (buf[0] === 0x0d && buf[1] === 0x0a)) return 0;
  const lf = buf.indexOf('\n\n');
  const crlf = buf.indexOf('\n\r\n');
  const ends = [lf, crlf].filter((i) => i >= 0);
  return ends.length === 0 ? buf.length : Math.min(...ends) + 1;
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined;
  try {
    const decoder = new TextDecoder(label);
    // Headers that are not UTF-8 were not written in UTF-8, whatever a part says.
    return decoder.encoding === 'utf-8' ? undefined : decoder;
  } catch {
    return undefined;
  }
}

/**
 * The charset that raw 8-bit header text was most likely written in: the top-level
 * Content-Type's, else the first one any part declares (mail clients write headers in
 * the charset of the body), else windows-1252.
 */
function headerDecoder(headers: string, body: Uint8Array): TextDecoder {
  const contentType = /^content-type:[^\n]*(?:\n[ \t][^\n]*)*/im.exec(headers)?.[0];
  const declared = contentType === undefined ? undefined : /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const inBody = /charset\s*=\s*"?([\w.:-]+)/i.exec(Buffer.from(body.subarray(0, CHARSET_SCAN_BYTES)).toString('latin1'))?.[1];
  return decoderFor(declared) ?? decoderFor(inBody) ?? new TextDecoder('windows-1252');
}

/**
 * Splits off a message's top-level header block. Headers should be ASCII (RFC 2047
 * encoded words) or UTF-8 (RFC 6532), but old and Asian clients write raw 8-bit text in
 * the body's charset; such a block is decoded in that charset and re-encoded as UTF-8.
 *
 * @example mailHeaderBlock(Buffer.from('Subject: hi\n\nbody')).text // 'Subject: hi'
 */
export function mailHeaderBlock(bytes: Uint8Array): MailHeaderBlock {
  const end = headerEnd(bytes);
  const head = bytes.subarray(0, end);
  const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/\r?\n$/, '');
  if (isUtf8(head)) return { text: text(head), message: bytes };
  const body = bytes.subarray(end);
  const decoded = headerDecoder(Buffer.from(head).toString('latin1'), body).decode(head);
  const utf8 = Buffer.from(decoded, 'utf8');
  return { text: text(utf8), message: Buffer.concat([utf8, body]) };
}
