import type { RowIssue } from '../row-issue.js';

/** One record as read from a file: column name → cell text (CSV) or JSON value (NDJSON). */
export interface RawRecord {
  /** 1-based physical line where the record starts. */
  readonly line: number;
  readonly values: Readonly<Record<string, unknown>>;
  /** The record's source text, kept so a quarantined row can be shown and re-imported. */
  readonly raw: string;
}

export type ReadResult = { readonly ok: true; readonly record: RawRecord } | { readonly ok: false; readonly issue: RowIssue };

export interface ReadOptions {
  /** Text encoding; detected from a BOM or the first bytes when not given. */
  readonly encoding?: string;
  /** CSV delimiter; detected from the header line when not given. */
  readonly delimiter?: string;
  /** Records per yielded batch. */
  readonly batchSize?: number;
  /** Mail: a message larger than this many bytes is rejected (`message_too_large`) without being held in memory. */
  readonly maxMessageBytes?: number;
  /** Calendars: recurring events are expanded to their occurrences from this instant (ISO 8601)… */
  readonly expandFrom?: string;
  /** …until this one; given by the edge (the import's time plus a horizon), never read from the clock. */
  readonly expandUntil?: string;
}

/** What a reader learned about a file before its first record. */
export interface OpenedSource {
  /** Column names as they appear in the file (CSV header, or keys seen in the first NDJSON records). */
  readonly columns: readonly string[];
  readonly encoding: string;
  readonly delimiter?: string;
  /** Batches of results in file order. Ends when the file does. */
  readonly batches: AsyncIterable<readonly ReadResult[]>;
  /** Present when the file can also be read from a saved place ({@link PlaceReading}): CSV and NDJSON, in most encodings. */
  readonly fromPlace?: PlaceReading;
}

/** Every format reader (CSV, NDJSON, .eml, .mbox, .ics) implements this. */
export interface SourceReader {
  readonly format: string;
  /**
   * Whether records carry a `known_at` taken from the source's own timestamps (a message's
   * date, an event's DTSTAMP) rather than from a column the user wrote. The import never
   * lets such a time be later than the file's own.
   */
  readonly knownAtFromSource?: boolean;
  open(path: string, options?: ReadOptions): Promise<OpenedSource>;
}

/**
 * Where a parser stands between two pushes that each ended at a line break: enough to go on
 * from there with a fresh parser, on this thread or another (see read-place.ts).
 */
export interface ParserState {
  /** Physical line of the next text. */
  readonly line: number;
  /** Text of a record begun but not ended (a quoted field running over lines); usually empty. */
  readonly rest: string;
  /** Skipping the rest of a runaway line that has already been reported. */
  readonly discarding: boolean;
  /** CSV: the header's column names, once read. */
  readonly columns?: readonly string[];
  /** NDJSON: whether any non-blank line has been read (else the end reports an empty file). */
  readonly sawRecord?: boolean;
}

/** A parser of text fed in file order that can stop between pushes and be started again from where it stood. */
export interface ResumableRecordParser {
  push(text: string): void;
  /** The file has ended: flush the last, possibly unterminated, record. */
  end(): void;
  suspend(): ParserState;
}

/** How to read one file from a saved place (read-place.ts): its encoding, its line-break character, and its parser. */
export interface PlaceReading {
  readonly path: string;
  readonly encoding: string;
  /** `\n`, or `\r` for old Mac CSV files. */
  readonly newline: '\n' | '\r';
  makeParser(emit: (result: ReadResult) => void, from: ParserState): ResumableRecordParser;
}
