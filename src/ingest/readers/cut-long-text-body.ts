import { headerEnd } from './mail-header-block.js';

/** Messages smaller than this are parsed whole. */
const LONG_MESSAGE_BYTES = 2 * 1024 * 1024;
/** What is kept of a long single-part text body: more than the text a message keeps (MAX_BODY_CHARS) in any encoding. */
const KEPT_BODY_BYTES = 1024 * 1024;

/**
 * A long message that is one text part (no multipart, no attachment) cut to its first MB
 * of body, at a line end. postal-mime needs about 30 times a text part's size to parse it
 * (24 MB of plain text took 700 MB), and only the first 200,000 characters are kept
 * anyway. Multipart messages are parsed whole: their size is mostly attachments, which
 * parse compactly, and their sizes are reported.
 *
 * @example cutLongTextBody(bytes, 'Content-Type: text/plain').byteLength <= bytes.byteLength
 */
export function cutLongTextBody(message: Uint8Array, headers: string): Uint8Array {
  if (message.byteLength <= LONG_MESSAGE_BYTES) return message;
  const contentType = /^content-type:\s*([^;\s]*)/im.exec(headers)?.[1]?.toLowerCase() ?? 'text/plain';
  if (!contentType.startsWith('text/')) return message;
  const bodyStart = headerEnd(message);
  const limit = bodyStart + KEPT_BODY_BYTES;
  if (message.byteLength <= limit) return message;
  const lineEnd = Buffer.from(message.buffer, message.byteOffset, message.byteLength).lastIndexOf(0x0a, limit);
  return message.subarray(0, lineEnd > bodyStart ? lineEnd + 1 : limit);
}
