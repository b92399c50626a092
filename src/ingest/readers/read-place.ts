import { open } from 'node:fs/promises';
import { PARSER_AT_START } from './read-batches.js';
import type { ParserState, PlaceReading, ReadResult } from './source-reader.js';

/**
 * A place in a text file where reading can stop and start again, exactly: the byte just
 * after a line break, with the parser's state there. The bytes before it have all been
 * decoded and parsed, so a fresh decoder and parser, on any thread, go on from it as the
 * one that stopped would have. Two threads can so take turns reading one file, passing
 * only this (see ../relay-import.ts).
 */
export interface ReadPlace {
  /** Byte offset just after a line break (0: the start of the file). */
  readonly offset: number;
  readonly parser: ParserState;
}

export const START_OF_FILE: ReadPlace = { offset: 0, parser: PARSER_AT_START };

/** The results read from a place, and the place after them (undefined: the file ended). */
export interface ReadFromPlace {
  readonly results: ReadResult[];
  readonly next: ReadPlace | undefined;
}

/** Bytes read at a time. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Whether a place can be found in bytes: in these encodings the byte of a line break never
 * stands for anything else. Not so in UTF-16 (each character is two bytes) or in the
 * stateful ISO-2022-JP; such files are read by one thread from start to end.
 */
export function readableFromPlace(encoding: string): boolean {
  return !encoding.startsWith('utf-16') && encoding !== 'iso-2022-jp';
}

/** Bytes of the first piece a read pushes, before it knows how long a record is. */
const PROBE_BYTES = 128;

/**
 * Reads from `place` until at least `minResults` results (or the end of the file), stopping
 * at a line break soon after them; returns them with the place to go on from.
 *
 * Bytes are read in chunks, and each chunk is decoded and parsed in pieces that end at line
 * breaks: a line break is never inside a multi-byte character, so the decoder holds nothing
 * back there. Pieces are sized from the bytes a record has taken so far, so a read stops
 * within a few records of `minResults`; the rest of the chunk is read again from the place
 * it returns. A line longer than a chunk is decoded in pieces (streaming) until it ends.
 */
export async function readFromPlace(reading: PlaceReading, place: ReadPlace, minResults: number): Promise<ReadFromPlace> {
  const results: ReadResult[] = [];
  const parser = reading.makeParser((r) => results.push(r), place.parser);
  // A byte-order mark is dropped only at the start of the file, as one streaming decoder would.
  const decoder = new TextDecoder(reading.encoding, { ignoreBOM: place.offset > 0 });
  const newlineByte = reading.newline.charCodeAt(0);
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const handle = await open(reading.path, 'r');
  // Bytes per record, measured on pieces after the first record (the header does not count).
  let measuredBytes = 0;
  let measuredResults = 0;
  let probe = PROBE_BYTES;
  try {
    let offset = place.offset;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, offset);
      const bytes = buffer.subarray(0, bytesRead);
      const lastBreak = bytes.lastIndexOf(newlineByte);
      if (lastBreak === -1) {
        if (bytesRead < CHUNK_BYTES) {
          parser.push(decoder.decode(bytes));
          parser.end();
          return { results, next: undefined };
        }
        parser.push(decoder.decode(bytes, { stream: true }));
        offset += bytesRead;
        continue;
      }
      for (let start = 0; start <= lastBreak; ) {
        const piece = measuredResults > 0 ? Math.max(1, Math.ceil((measuredBytes / measuredResults) * (minResults - results.length))) : probe;
        const found = bytes.indexOf(newlineByte, start + piece - 1);
        const end = found === -1 || found > lastBreak ? lastBreak : found;
        const before = results.length;
        parser.push(decoder.decode(bytes.subarray(start, end + 1), { stream: true }));
        if (before > 0) {
          measuredBytes += end + 1 - start;
          measuredResults += results.length - before;
        } else probe *= 2;
        start = end + 1;
        if (results.length >= minResults) return { results, next: { offset: offset + start, parser: parser.suspend() } };
      }
      offset += lastBreak + 1;
    }
  } finally {
    await handle.close();
  }
}
