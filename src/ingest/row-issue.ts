import type { RowIssueCode } from '../domain/index.js';

/**
 * Why a row (or a whole file) was not imported. Shaped like a Zod issue (code, path,
 * message) plus where it came from, so a person can open the file at that line.
 */
export interface RowIssue {
  readonly file: string;
  /** 1-based physical line where the row starts (for NDJSON, the line of the record). 0 = the file as a whole. */
  readonly line: number;
  /** The column (as named in the file) that was wrong, when one was. */
  readonly column?: string;
  readonly code: RowIssueCode | FileIssueCode;
  readonly message: string;
  /** The row as it appeared in the file, to be kept in quarantine. */
  readonly raw?: string;
}

/** Problems with a file as a whole rather than one row. */
export type FileIssueCode = 'unreadable_file' | 'empty_file' | 'missing_header' | 'unknown_kind' | 'missing_column';
