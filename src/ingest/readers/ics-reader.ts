import { CALENDAR_COLUMNS } from './calendar-event-values.js';
import type { TextSource } from './decode-stream.js';
import { openTextSource } from './decode-stream.js';
import type { ExpansionRange } from './expand-occurrences.js';
import { checkBatchSize } from './read-batches.js';
import { readCalendar } from './read-calendar.js';
import type { OpenedSource, ReadOptions, ReadResult, SourceReader } from './source-reader.js';

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

async function* batches(source: TextSource, range: ExpansionRange, size: number): AsyncGenerator<readonly ReadResult[]> {
  let batch: ReadResult[] = [];
  for await (const result of readCalendar(() => source.chunks(), source.path, range)) {
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
 * with anyone. The file is streamed twice (see readCalendar), so its size does not bound
 * what it may hold; one event over 1 MB of text is a `malformed_event`. Throws from open()
 * for a file that cannot be read.
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
    // RFC 5545 text is UTF-8; the decoder drops a BOM.
    const source = await openTextSource(path, 'utf-8');
    return {
      columns: CALENDAR_COLUMNS,
      encoding: 'utf-8',
      batches: { [Symbol.asyncIterator]: () => batches(source, range, batchSize) },
    };
  },
};
