export type { OpenedSource, RawRecord, ReadOptions, ReadResult, SourceReader } from './source-reader.js';
export type { TextSource, DetectedEncoding } from './decode-stream.js';
export { detectEncoding, openTextSource } from './decode-stream.js';
export type { CsvDialect } from './csv-dialect.js';
export { csvReader } from './csv-reader.js';
export { ndjsonReader } from './ndjson-reader.js';
export { readerFor } from './reader-for.js';
export { DEFAULT_BATCH_SIZE } from './read-batches.js';
