import type { Emit } from './read-batches.js';
import type { ParserState, ResumableRecordParser } from './source-reader.js';
import { emptyFile, INVALID_ENCODING_MESSAGE, RAW_PREVIEW_CHARS, REPLACEMENT_CHAR, rejected } from './reader-issue.js';

/** A line longer than this is reported and skipped rather than held in memory. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

const OPEN_BRACE = 123;

export interface NdjsonRecordParserOptions {
  readonly file: string;
  /** Report lines holding U+FFFD as `invalid_encoding` (see {@link REPLACEMENT_CHAR}). */
  readonly flagsInvalidBytes: boolean;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** NDJSON text, fed in chunks, to one result per non-blank line; each line must be a JSON object. */
export class NdjsonRecordParser implements ResumableRecordParser {
  private rest = '';
  /** Physical line of the text in `rest`. */
  private line = 1;
  private sawRecord = false;
  /** Skipping the rest of an over-long line that has already been reported. */
  private discarding = false;

  constructor(
    private readonly options: NdjsonRecordParserOptions,
    private readonly emit: Emit,
    /** Where an earlier parser of the same file stopped ({@link suspend}); the start of the file by default. */
    from?: ParserState,
  ) {
    if (from) {
      this.line = from.line;
      this.rest = from.rest;
      this.discarding = from.discarding;
      this.sawRecord = from.sawRecord === true;
    }
  }

  suspend(): ParserState {
    return { line: this.line, rest: this.rest, discarding: this.discarding, sawRecord: this.sawRecord };
  }

  push(text: string): void {
    if (this.discarding) {
      const end = text.indexOf('\n');
      if (end === -1) return;
      this.discarding = false;
      this.line++;
      text = text.slice(end + 1);
    }
    const buffer = this.rest + text;
    let start = 0;
    for (let end = buffer.indexOf('\n'); end !== -1; end = buffer.indexOf('\n', start)) {
      this.readLine(buffer.slice(start, end), true);
      start = end + 1;
    }
    this.rest = start === 0 ? buffer : buffer.slice(start);
    if (this.rest.length > MAX_LINE_CHARS) {
      const message = `this line is longer than ${MAX_LINE_CHARS} characters, too long for one record; is the file really NDJSON (one JSON object per line)?`;
      this.emit(rejected(this.options.file, this.line, 'malformed_row', message, this.rest.slice(0, RAW_PREVIEW_CHARS)));
      this.rest = '';
      this.discarding = true;
    }
  }

  end(): void {
    if (!this.discarding && this.rest.length > 0) this.readLine(this.rest, false);
    this.rest = '';
    if (!this.sawRecord) this.emit(emptyFile(this.options.file, 'JSON lines'));
  }

  private readLine(text: string, terminated: boolean): void {
    const line = this.line++;
    const raw = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
    if (raw.charCodeAt(0) !== OPEN_BRACE && raw.trim() === '') return;
    this.sawRecord = true;
    const { file } = this.options;
    if (this.options.flagsInvalidBytes && raw.includes(REPLACEMENT_CHAR)) {
      this.emit(rejected(file, line, 'invalid_encoding', INVALID_ENCODING_MESSAGE, raw));
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (terminated) this.emit(rejected(file, line, 'malformed_row', `this line is not valid JSON: ${reason}`, raw));
      else this.emit(rejected(file, line, 'truncated_row', `the file ends mid-record: the last line is not complete JSON (${reason}); was it cut off?`, raw));
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.emit(rejected(file, line, 'malformed_row', `this line is ${describe(value)}, not a JSON object`, raw));
      return;
    }
    this.emit({ ok: true, record: { line, values: value as Record<string, unknown>, raw } });
  }
}
