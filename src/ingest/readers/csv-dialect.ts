/**
 * How a CSV file separates fields and rows. CRLF files use `\n` here: the parser drops the
 * `\r` before each `\n`, so files mixing CRLF and LF rows still read correctly.
 */
export interface CsvDialect {
  readonly delimiter: string;
  /** `\r` only for old Mac files that have no `\n` at all. */
  readonly newline: '\n' | '\r';
}

export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

/** Characters Papa Parse cannot use as a delimiter. */
const BAD_DELIMITERS = ['\r', '\n', '"', '\ufeff'];

/** True once `text` holds the whole first non-blank line, so the dialect can be read from it. */
export function hasFirstLine(text: string): boolean {
  const start = text.search(/\S/);
  return start !== -1 && text.indexOf('\n', start) !== -1;
}

function headerLine(text: string): string {
  const start = Math.max(0, text.search(/\S/));
  const end = text.slice(start).search(/[\r\n]/);
  return end === -1 ? text.slice(start) : text.slice(start, start + end);
}

/** The candidate seen most often outside quotes in the header line; `,` when none is. */
export function detectDelimiter(line: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (CANDIDATE_DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATE_DELIMITERS) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

/**
 * The dialect of a file from its first text (at least its first non-blank line, see
 * {@link hasFirstLine}). A given delimiter wins over detection.
 *
 * @example csvDialect('a;b\r\n1;2\r\n') // { delimiter: ';', newline: '\n' }
 */
export function csvDialect(firstText: string, delimiter?: string): CsvDialect {
  if (delimiter !== undefined && (delimiter === '' || BAD_DELIMITERS.some((bad) => delimiter.includes(bad)))) {
    throw new RangeError(`cannot use ${JSON.stringify(delimiter)} as a CSV delimiter`);
  }
  const newline = !firstText.includes('\n') && firstText.includes('\r') ? '\r' : '\n';
  return { delimiter: delimiter ?? detectDelimiter(headerLine(firstText)), newline };
}
