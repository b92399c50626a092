import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** Bytes sniffed to guess the encoding, and read per chunk while streaming. */
export const SNIFF_BYTES = 64 * 1024;

/** A file's text, decoded chunk by chunk so a multi-GB file never sits in memory. */
export interface TextSource {
  readonly path: string;
  /** WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`, `utf-16le`. */
  readonly encoding: string;
  /**
   * True when UTF-8 was guessed (from a BOM or by sniffing) rather than given. Bytes that
   * are not UTF-8 then decode to U+FFFD, which readers report as `invalid_encoding`.
   */
  readonly flagsInvalidBytes: boolean;
  /** Decoded text in file order. Each call reads the file again from the start. */
  chunks(): AsyncGenerator<string>;
}

export interface DetectedEncoding {
  readonly encoding: string;
  readonly guessedUtf8: boolean;
}

/**
 * Picks the encoding from a BOM, else from the first bytes: valid UTF-8 (ASCII included)
 * is taken as UTF-8, anything else as windows-1252, the usual encoding of
 * spreadsheet exports that are not UTF-8 (a superset of latin1 for printable text).
 *
 * @example detectEncoding(Buffer.from('Z\xfcrich', 'latin1')) // { encoding: 'windows-1252', guessedUtf8: false }
 */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', guessedUtf8: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', guessedUtf8: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', guessedUtf8: false };
  try {
    // stream: true so a character cut by the end of the sample is not counted against UTF-8.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', guessedUtf8: true };
  } catch {
    return { encoding: 'windows-1252', guessedUtf8: false };
  }
}

function unreadable(path: string, cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new Error(`cannot read ${path}: ${reason}`, { cause });
}

async function readHead(path: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    await handle?.close();
  }
}

function canonicalEncoding(path: string, label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch (error) {
    throw new Error(`cannot read ${path}: unknown encoding "${label}"`, { cause: error });
  }
}

async function* decodeFile(path: string, encoding: string, chunkBytes: number): AsyncGenerator<string> {
  // fatal: false keeps going past bad bytes (as U+FFFD) so one bad row does not stop the file.
  const decoder = new TextDecoder(encoding);
  const stream = createReadStream(path, { highWaterMark: chunkBytes });
  try {
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      const text = decoder.decode(bytes, { stream: true });
      if (text.length > 0) yield text;
    }
  } catch (error) {
    throw unreadable(path, error);
  }
  const tail = decoder.decode();
  if (tail.length > 0) yield tail;
}

/**
 * Opens `path` for streaming text. Rejects, naming the path, when the file cannot be read
 * or `encoding` is not a label TextDecoder knows. Only the first {@link SNIFF_BYTES} are
 * read here; the file is streamed when `chunks()` is iterated, pausing while the consumer is busy.
 */
export async function openTextSource(path: string, encoding?: string, chunkBytes = SNIFF_BYTES): Promise<TextSource> {
  const head = await readHead(path);
  const detected: DetectedEncoding = encoding === undefined ? detectEncoding(head) : { encoding: canonicalEncoding(path, encoding), guessedUtf8: false };
  return {
    path,
    encoding: detected.encoding,
    flagsInvalidBytes: detected.guessedUtf8,
    chunks: () => decodeFile(path, detected.encoding, chunkBytes),
  };
}
