import { extname } from 'node:path';
import type { CsvDialect } from './csv-dialect.js';
import { csvDialect, hasFirstLine } from './csv-dialect.js';
import { CsvRecordParser } from './csv-record-parser.js';
import type { TextSource } from './decode-stream.js';
import { openTextSource, SNIFF_BYTES } from './decode-stream.js';
import { checkBatchSize, readBatches } from './read-batches.js';
import { readableFromPlace } from './read-place.js';
import type { OpenedSource, ReadOptions, SourceReader } from './source-reader.js';

interface CsvHead {
  readonly dialect: CsvDialect;
  readonly columns: readonly string[];
}

/**
 * Reads just far enough to know the dialect and the header. A file with no header row gets
 * the default dialect and no columns; its batches then hold the `empty_file` issue.
 */
async function readHead(source: TextSource, delimiter: string | undefined): Promise<CsvHead> {
  let start = '';
  let head: { dialect: CsvDialect; parser: CsvRecordParser } | undefined;
  const begin = () => {
    const dialect = csvDialect(start, delimiter);
    const parser = new CsvRecordParser({ file: source.path, dialect, flagsInvalidBytes: false }, () => {});
    parser.push(start);
    return { dialect, parser };
  };
  for await (const text of source.chunks()) {
    if (head === undefined) {
      start += text;
      if (!hasFirstLine(start) && start.length < SNIFF_BYTES) continue;
      head = begin();
    } else {
      head.parser.push(text);
    }
    const { columns } = head.parser;
    if (columns !== undefined) return { dialect: head.dialect, columns };
  }
  head ??= begin();
  head.parser.end();
  return { dialect: head.dialect, columns: head.parser.columns ?? [] };
}

/**
 * Streams delimited text (CSV, TSV). The first non-blank row is the header; each later row
 * becomes `{ ok: true, record }` keyed by header name, or `{ ok: false, issue }`.
 *
 * @example
 * const { columns, batches } = await csvReader.open('accounts.csv');
 * for await (const batch of batches) for (const r of batch) if (r.ok) console.log(r.record.values);
 */
export const csvReader: SourceReader = {
  format: 'csv',
  async open(path: string, options: ReadOptions = {}): Promise<OpenedSource> {
    const batchSize = checkBatchSize(options.batchSize);
    const source = await openTextSource(path, options.encoding);
    const delimiter = options.delimiter ?? (extname(path).toLowerCase() === '.tsv' ? '\t' : undefined);
    const { dialect, columns } = await readHead(source, delimiter);
    const parserOptions = { file: path, dialect, flagsInvalidBytes: source.flagsInvalidBytes };
    return {
      columns,
      encoding: source.encoding,
      delimiter: dialect.delimiter,
      batches: readBatches(source, (emit) => new CsvRecordParser(parserOptions, emit), batchSize),
      ...(readableFromPlace(source.encoding)
        ? { fromPlace: { path, encoding: source.encoding, newline: dialect.newline, makeParser: (emit, from) => new CsvRecordParser(parserOptions, emit, from) } }
        : {}),
    };
  },
};
