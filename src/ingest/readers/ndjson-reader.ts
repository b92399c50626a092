import type { TextSource } from './decode-stream.js';
import { openTextSource } from './decode-stream.js';
import { NdjsonRecordParser } from './ndjson-record-parser.js';
import { checkBatchSize, readBatches } from './read-batches.js';
import { readableFromPlace } from './read-place.js';
import type { OpenedSource, ReadOptions, SourceReader } from './source-reader.js';

/** How much text is searched for a first valid object to name the columns. */
const COLUMN_SCAN_CHARS = 1024 * 1024;

/** Keys of the first valid object near the start of the file; `[]` when there is none. */
async function firstKeys(source: TextSource): Promise<readonly string[]> {
  let keys: readonly string[] | undefined;
  const parser = new NdjsonRecordParser({ file: source.path, flagsInvalidBytes: false }, (result) => {
    if (result.ok) keys ??= Object.keys(result.record.values);
  });
  let scanned = 0;
  for await (const text of source.chunks()) {
    parser.push(text);
    scanned += text.length;
    if (keys !== undefined || scanned >= COLUMN_SCAN_CHARS) return keys ?? [];
  }
  parser.end();
  return keys ?? [];
}

/**
 * Streams newline-delimited JSON: each non-blank line must hold one JSON object, which
 * becomes the record's `values`. `columns` are the keys of the first object, for information.
 *
 * @example
 * const { batches } = await ndjsonReader.open('events.ndjson');
 * for await (const batch of batches) for (const r of batch) if (!r.ok) console.log(r.issue.line, r.issue.message);
 */
export const ndjsonReader: SourceReader = {
  format: 'ndjson',
  async open(path: string, options: ReadOptions = {}): Promise<OpenedSource> {
    const batchSize = checkBatchSize(options.batchSize);
    const source = await openTextSource(path, options.encoding);
    const columns = await firstKeys(source);
    const parserOptions = { file: path, flagsInvalidBytes: source.flagsInvalidBytes };
    return {
      columns,
      encoding: source.encoding,
      batches: readBatches(source, (emit) => new NdjsonRecordParser(parserOptions, emit), batchSize),
      ...(readableFromPlace(source.encoding) ? { fromPlace: { path, encoding: source.encoding, newline: '\n', makeParser: (emit, from) => new NdjsonRecordParser(parserOptions, emit, from) } } : {}),
    };
  },
};
