import type { ParserState, ReadResult } from './source-reader.js';
import type { TextSource } from './decode-stream.js';

export const DEFAULT_BATCH_SIZE = 1000;

/** Turns decoded text, fed in file order, into results passed to the `emit` it was made with. */
export interface TextRecordParser {
  push(text: string): void;
  /** The file has ended: flush the last, possibly unterminated, record. */
  end(): void;
}

export type Emit = (result: ReadResult) => void;

/** The state of a parser that has read nothing yet. */
export const PARSER_AT_START: ParserState = { line: 1, rest: '', discarding: false };

export function checkBatchSize(size: number | undefined): number {
  if (size === undefined) return DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batchSize must be a positive integer, got ${size}`);
  return size;
}

async function* batches(source: TextSource, makeParser: (emit: Emit) => TextRecordParser, size: number): AsyncGenerator<readonly ReadResult[]> {
  const ready: ReadResult[][] = [];
  let batch: ReadResult[] = [];
  const parser = makeParser((result) => {
    batch.push(result);
    if (batch.length === size) {
      ready.push(batch);
      batch = [];
    }
  });
  // Pulling one chunk at a time is the backpressure: the file stream stays paused until the
  // consumer has taken every full batch made from the chunks read so far.
  for await (const text of source.chunks()) {
    parser.push(text);
    for (let b = ready.shift(); b !== undefined; b = ready.shift()) yield b;
  }
  parser.end();
  for (let b = ready.shift(); b !== undefined; b = ready.shift()) yield b;
  if (batch.length > 0) yield batch;
}

/** An iterable that streams `source` through a fresh parser each time it is iterated. */
export function readBatches(source: TextSource, makeParser: (emit: Emit) => TextRecordParser, size: number): AsyncIterable<readonly ReadResult[]> {
  return { [Symbol.asyncIterator]: () => batches(source, makeParser, size) };
}
