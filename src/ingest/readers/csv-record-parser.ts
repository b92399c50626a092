import Papa from 'papaparse';
import type { ParseError, ParseStepResult } from 'papaparse';
import type { CsvDialect } from './csv-dialect.js';
import type { Emit } from './read-batches.js';
import type { ParserState, ResumableRecordParser } from './source-reader.js';
import { emptyFile, INVALID_ENCODING_MESSAGE, RAW_PREVIEW_CHARS, REPLACEMENT_CHAR, rejected } from './reader-issue.js';

/**
 * A record still open after this many characters is taken for a quote that is never closed.
 * Without a bound the rest of the file would pile up in memory, re-parsed on every chunk.
 */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

const CR = 13;

export interface CsvRecordParserOptions {
  readonly file: string;
  readonly dialect: CsvDialect;
  /** Report rows holding U+FFFD as `invalid_encoding` (see {@link REPLACEMENT_CHAR}). */
  readonly flagsInvalidBytes: boolean;
}

function isBlankRow(fields: readonly string[]): boolean {
  for (const field of fields) {
    if (field.length > 0 && (field.charCodeAt(0) > 32 || field.trim() !== '')) return false;
  }
  return true;
}

/**
 * CSV text, fed in chunks, to one result per record. Papa Parse's low-level `Parser` does the
 * parsing; each chunk is parsed with its last, maybe partial, record held back and prepended
 * to the next chunk (what Papa's own streamers do). Papa's step cursor gives each record's
 * exact source span, which yields both its raw text and its physical line.
 *
 * Blank lines, including lines of only delimiters, are skipped but counted.
 */
export class CsvRecordParser implements ResumableRecordParser {
  /** Trimmed header names, once the first non-blank row has been read. */
  columns: readonly string[] | undefined;

  private readonly papa: Papa.Parser;
  private readonly newline: string;
  private readonly newlineCode: number;
  /** Each distinct column name once, with the field it is read from (the first, if repeated). */
  private readonly keys: string[] = [];
  private readonly keyFields: number[] = [];
  private plainKeys = true;
  private input = '';
  private rowStart = 0;
  private nextNewline = -1;
  private inputHasReplacement = false;
  private rest = '';
  /** Physical line of the next record. */
  private line = 1;
  /** Skipping the rest of a runaway line that has already been reported. */
  private discarding = false;

  constructor(
    private readonly options: CsvRecordParserOptions,
    private readonly emit: Emit,
    /** Where an earlier parser of the same file stopped ({@link suspend}); the start of the file by default. */
    from?: ParserState,
  ) {
    if (from) {
      this.line = from.line;
      this.rest = from.rest;
      this.discarding = from.discarding;
      if (from.columns) this.useColumns(from.columns);
    }
    const { delimiter, newline } = options.dialect;
    this.newline = newline;
    this.newlineCode = newline.charCodeAt(0);
    // The raw Parser's step result holds its one row in `data[0]`.
    this.papa = new Papa.Parser({ delimiter, newline, step: (result: ParseStepResult<string[][]>) => this.onRow(result) });
  }

  push(text: string): void {
    if (this.discarding) {
      const end = text.indexOf(this.newline);
      if (end === -1) return;
      this.discarding = false;
      this.line++;
      text = text.slice(end + 1);
    }
    this.parse(this.rest + text, false);
    while (this.rest.length > MAX_RECORD_CHARS) this.dropRunawayLine();
  }

  suspend(): ParserState {
    return { line: this.line, rest: this.rest, discarding: this.discarding, ...(this.columns ? { columns: this.columns } : {}) };
  }

  end(): void {
    if (!this.discarding) this.parse(this.rest, true);
    this.rest = '';
    if (this.columns === undefined) this.emit(emptyFile(this.options.file, 'header row'));
  }

  private parse(input: string, last: boolean): void {
    this.input = input;
    this.rowStart = 0;
    this.nextNewline = input.indexOf(this.newline);
    this.inputHasReplacement = this.options.flagsInvalidBytes && input.includes(REPLACEMENT_CHAR);
    this.papa.parse(input, 0, !last);
    this.rest = last ? '' : input.slice(this.rowStart);
  }

  private dropRunawayLine(): void {
    const rest = this.rest;
    const end = rest.indexOf(this.newline);
    const firstLine = rest.slice(0, Math.min(end === -1 ? rest.length : end, RAW_PREVIEW_CHARS));
    const message = `this row runs on for more than ${MAX_RECORD_CHARS} characters, most likely a quoted field whose closing quote (") is missing; its first line was skipped`;
    this.emit(rejected(this.options.file, this.line, 'malformed_row', message, firstLine.replace(/\r$/, '')));
    if (end === -1) {
      this.rest = '';
      this.discarding = true;
      return;
    }
    this.line++;
    this.parse(rest.slice(end + 1), false);
  }

  private onRow(result: ParseStepResult<string[][]>): void {
    const fields = result.data[0];
    const input = this.input;
    const start = this.rowStart;
    const end = result.meta.cursor;
    this.rowStart = end;
    const line = this.line;
    let newlineAt = this.nextNewline;
    while (newlineAt !== -1 && newlineAt < end) {
      this.line++;
      newlineAt = input.indexOf(this.newline, newlineAt + 1);
    }
    this.nextNewline = newlineAt;
    if (fields === undefined || isBlankRow(fields)) return;

    const terminated = input.charCodeAt(end - 1) === this.newlineCode;
    let rawEnd = terminated ? end - 1 : end;
    if (input.charCodeAt(rawEnd - 1) === CR) {
      rawEnd--;
      const lastField = fields[fields.length - 1] ?? '';
      if (lastField.charCodeAt(lastField.length - 1) === CR) fields[fields.length - 1] = lastField.slice(0, -1);
    }
    const raw = input.slice(start, rawEnd);
    if (this.columns === undefined) this.readHeader(fields, line, raw);
    else this.readRecord(fields, line, raw, terminated, result.errors);
  }

  private readHeader(fields: readonly string[], line: number, raw: string): void {
    const names = fields.map((field, i) => (i === 0 ? field.replace(/^\ufeff/, '') : field).trim());
    const repeats = this.useColumns(names);
    if (this.options.flagsInvalidBytes && raw.includes(REPLACEMENT_CHAR)) {
      this.emit(rejected(this.options.file, line, 'invalid_encoding', INVALID_ENCODING_MESSAGE, raw));
    }
    const repeated = repeats[0];
    if (repeated === undefined) return;
    const column = repeated.slice(1, repeated.indexOf('"', 1));
    const message = `the header names a column more than once: ${repeats.join(', ')}; only the first is read, rename the others`;
    this.emit({ ok: false, issue: { file: this.options.file, line, column, code: 'malformed_row', message, raw } });
  }

  /** Takes `names` for the header: each distinct name is read from its first column. Returns the repeated names, described. */
  private useColumns(names: readonly string[]): string[] {
    this.columns = names;
    const firstAt = new Map<string, number>();
    const repeats: string[] = [];
    names.forEach((name, i) => {
      const first = firstAt.get(name);
      if (first === undefined) {
        firstAt.set(name, i);
        this.keys.push(name);
        this.keyFields.push(i);
      } else if (name !== '') {
        repeats.push(`"${name}" (columns ${first + 1} and ${i + 1})`);
      }
    });
    // A column named __proto__ would set the prototype of a plain `{}` instead of a key.
    this.plainKeys = !this.keys.includes('__proto__');
    return repeats;
  }

  private values(fields: readonly string[]): Record<string, string> {
    const values: Record<string, string> = {};
    const { keys, keyFields } = this;
    if (this.plainKeys) {
      for (let k = 0; k < keys.length; k++) values[keys[k]!] = fields[keyFields[k]!]!;
    } else {
      keys.forEach((key, k) => Object.defineProperty(values, key, { value: fields[keyFields[k]!], enumerable: true, writable: true, configurable: true }));
    }
    return values;
  }

  private readRecord(fields: string[], line: number, raw: string, terminated: boolean, errors: readonly ParseError[]): void {
    const { file } = this.options;
    const expected = this.columns?.length ?? 0;
    const error = errors[0];
    if (error !== undefined) {
      this.emit(this.quoteIssue(error, line, raw));
    } else if (!terminated && fields.length < expected) {
      const message = `the file ends mid-row: expected ${expected} fields but the last line has ${fields.length} and no line break; was it cut off?`;
      this.emit(rejected(file, line, 'truncated_row', message, raw));
    } else if (this.inputHasReplacement && raw.includes(REPLACEMENT_CHAR)) {
      this.emit(rejected(file, line, 'invalid_encoding', INVALID_ENCODING_MESSAGE, raw));
    } else if (fields.length !== expected) {
      const message = `expected ${expected} fields (one per header column) but found ${fields.length}`;
      this.emit(rejected(file, line, 'column_count_mismatch', message, raw));
    } else {
      this.emit({ ok: true, record: { line, values: this.values(fields), raw } });
    }
  }

  private quoteIssue(error: ParseError, line: number, raw: string) {
    const { file } = this.options;
    if (error.code === 'MissingQuotes') {
      const message = `the file ends mid-row: a quoted field in the row starting on line ${line} is never closed; was it cut off?`;
      return rejected(file, line, 'truncated_row', message, raw);
    }
    const message = `${error.message}: a quoted field has text after its closing quote; a quote inside a quoted field must be doubled ("")`;
    return rejected(file, line, 'malformed_row', message, raw);
  }
}
