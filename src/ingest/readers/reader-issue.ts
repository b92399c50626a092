import type { RowIssue } from '../row-issue.js';
import type { ReadResult } from './source-reader.js';

/** Longest raw text kept for a record that had to be cut short (a runaway line). */
export const RAW_PREVIEW_CHARS = 4096;

export function rejected(file: string, line: number, code: RowIssue['code'], message: string, raw?: string): ReadResult {
  return { ok: false, issue: raw === undefined ? { file, line, code, message } : { file, line, code, message, raw } };
}

/**
 * U+FFFD in text decoded as guessed UTF-8 marks bytes that were not UTF-8. A file that
 * really contains U+FFFD is misreported too; the trade-off is accepted because such files
 * are rare and passing `encoding: 'utf-8'` reads them without the check.
 */
export const REPLACEMENT_CHAR = '\ufffd';

export const INVALID_ENCODING_MESSAGE =
  'this row has bytes that are not valid UTF-8 (the file was read as UTF-8 because it starts as UTF-8); ' +
  'set the encoding option to the file’s real encoding, e.g. windows-1252 or latin1';

export function emptyFile(file: string, what: string): ReadResult {
  return rejected(file, 0, 'empty_file', `the file is empty: it has no ${what}`);
}
