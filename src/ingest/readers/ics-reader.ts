import { readFile, stat } from 'node:fs/promises';
import { CALENDAR_COLUMNS } from './calendar-event-values.js';
import type { ExpansionRange } from './expand-occurrences.js';
import { checkBatchSize } from './read-batches.js';
import { readCalendar } from './read-calendar.js';
import type { OpenedSource, ReadOptions, ReadResult, SourceReader } from './source-reader.js';

/**
 * The largest calendar read. The whole file is parsed at once (a series' overrides may sit
 * anywhere in it), and ical.js's parse of a file takes several times its size in memory;
 * a year of a busy person's calendar is a few MB.
 */
export const MAX_ICS_BYTES = 100 * 1024 * 1024;

function instant(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be an ISO 8601 time, got "${value}"`);
  return ms;
}

function expansionRange(options: ReadOptions): ExpansionRange {
  const fromMs = instant('expandFrom', options.expandFrom);
  const untilMs = instant('expandUntil', options.expandUntil);
  if (fromMs !== undefined && untilMs !== undefined && untilMs < fromMs) throw new RangeError('expandUntil must not be before expandFrom');
  return { ...(fromMs !== undefined ? { fromMs } : {}), ...(untilMs !== undefined ? { untilMs } : {}) };
}

async function readText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > MAX_ICS_BYTES) {
      throw new Error(`the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_ICS_BYTES / 1024 / 1024} MB a calendar may have; export a shorter period`);
    }
    bytes = await readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot read ${path}: ${reason}`, { cause: error });
  }
  // RFC 5545 text is UTF-8; TextDecoder drops a BOM.
  return new TextDecoder('utf-8').decode(bytes);
}

async function* batches(text: string, file: string, range: ExpansionRange, size: number): AsyncGenerator<readonly ReadResult[]> {
  let batch: ReadResult[] = [];
  for (const result of readCalendar(text, file, range)) {
    batch.push(result);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Reads an iCalendar (.ics) file with ical.js: one record per meeting occurrence, shaped as
 * an activity (`external_id`, `occurred_at`, `participants`, …), recurring series expanded
 * within `expandFrom`..`expandUntil`; a broken event is a `malformed_event` or
 * `invalid_recurrence` issue at its BEGIN:VEVENT line and the others are still read.
 * VTODO, VJOURNAL and VFREEBUSY are skipped: a task, a note or busy time is no meeting
 * with anyone. Throws from open() for a file that cannot be read or is over 100 MB.
 *
 * @example
 * const { batches } = await icsReader.open('team.ics', { expandFrom: '2024-01-01T00:00:00Z', expandUntil: '2025-01-01T00:00:00Z' });
 * for await (const batch of batches) for (const r of batch) if (r.ok) console.log(r.record.values.occurred_at);
 */
export const icsReader: SourceReader = {
  format: 'ics',
  knownAtFromSource: true,
  async open(path: string, options: ReadOptions = {}): Promise<OpenedSource> {
    const batchSize = checkBatchSize(options.batchSize);
    const range = expansionRange(options);
    const text = await readText(path);
    return {
      columns: CALENDAR_COLUMNS,
      encoding: 'utf-8',
      batches: { [Symbol.asyncIterator]: () => batches(text, path, range, batchSize) },
    };
  },
};
