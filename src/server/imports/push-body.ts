import { ApiProblem, type FieldError } from '../problem.js';

/** A push's records as the NDJSON file they are imported from. */
export interface PushBody {
  /** One record per non-blank line. */
  readonly ndjson: string;
  readonly received: number;
  /** The index of the record on each line of `ndjson`. */
  indexOfLine(line: number): number | undefined;
  /** The line of the body a record was on: NDJSON bodies only. */
  bodyLineOf(index: number): number | undefined;
}

/** Most syntax errors a 400 lists. */
const MAX_SYNTAX_ERRORS = 20;

const NDJSON_TYPES = /^application\/(x-)?(ndjson|jsonl|jsonlines|json-seq)\b/i;
const JSON_TYPE = /^application\/([a-z.+-]+\+)?json\b/i;

function short(message: string): string {
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

/**
 * A push body: `application/json` (one record object or an array of them) or
 * `application/x-ndjson` (one object per line). A body that is not JSON at all, or an
 * NDJSON line that is not, is a 400 with the line; a record that is JSON but not a valid
 * record is left to the import, which rejects it with its reason like a file's row.
 */
export function parsePushBody(contentType: string, bytes: Uint8Array): PushBody {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiProblem('invalid-request', 'The body is not UTF-8 text.', [{ field: 'body', in: 'body', code: 'invalid_encoding', message: 'not UTF-8' }]);
  }
  if (NDJSON_TYPES.test(contentType)) return ndjsonBody(text);
  if (JSON_TYPE.test(contentType)) return jsonBody(text);
  throw new ApiProblem('unsupported-media-type', 'Send the records as application/json (an object or an array of objects) or application/x-ndjson (one object per line).');
}

function jsonBody(text: string): PushBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = short((error as Error).message);
    const at = /at position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    throw new ApiProblem('invalid-request', `The body is not valid JSON: ${message}`, [{ field: 'body', in: 'body', code: 'invalid_json', ...(line !== undefined ? { line } : {}), message }]);
  }
  if (text.trim() === '') value = [];
  const records = Array.isArray(value) ? value : value !== null && typeof value === 'object' ? [value] : undefined;
  if (!records) throw new ApiProblem('invalid-request', 'The body must be a record (a JSON object) or an array of records.', [{ field: 'body', in: 'body', code: 'invalid_type', message: 'expected an object or an array of objects' }]);
  // Records are written one per line in a canonical form: the same records give the same file, however they were formatted.
  return {
    ndjson: records.map((r) => JSON.stringify(r)).join('\n') + (records.length > 0 ? '\n' : ''),
    received: records.length,
    indexOfLine: (line) => (line >= 1 && line <= records.length ? line - 1 : undefined),
    bodyLineOf: () => undefined,
  };
}

function ndjsonBody(text: string): PushBody {
  const lines = text.split('\n');
  const recordLines: number[] = [];
  const errors: FieldError[] = [];
  for (const [i, raw] of lines.entries()) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    recordLines.push(i + 1);
    try {
      JSON.parse(line);
    } catch (error) {
      if (errors.length < MAX_SYNTAX_ERRORS) errors.push({ field: `records[${recordLines.length - 1}]`, in: 'body', code: 'invalid_json', line: i + 1, message: short((error as Error).message) });
    }
  }
  if (errors.length > 0) throw new ApiProblem('invalid-request', `The body is not NDJSON: line ${errors[0]!.line} is not valid JSON${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}.`, errors);
  const indexByLine = new Map(recordLines.map((line, index) => [line, index]));
  // The body is imported as it came, so the import's lines are the body's.
  return {
    ndjson: text.endsWith('\n') || text === '' ? text : `${text}\n`,
    received: recordLines.length,
    indexOfLine: (line) => indexByLine.get(line),
    bodyLineOf: (index) => recordLines[index],
  };
}
