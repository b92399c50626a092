import { extname } from 'node:path';
import { csvReader } from './csv-reader.js';
import { emlReader } from './eml-reader.js';
import { icsReader } from './ics-reader.js';
import { mboxReader } from './mbox-reader.js';
import { ndjsonReader } from './ndjson-reader.js';
import type { SourceReader } from './source-reader.js';

const READERS_BY_EXTENSION: Readonly<Record<string, SourceReader>> = {
  '.csv': csvReader,
  '.tsv': csvReader,
  '.txt': csvReader,
  '.ndjson': ndjsonReader,
  '.jsonl': ndjsonReader,
  '.eml': emlReader,
  '.mbox': mboxReader,
  // Thunderbird and Apple Mail keep mailboxes as mbox files without an extension, or .mbx.
  '.mbx': mboxReader,
  '.ics': icsReader,
  '.ical': icsReader,
};

/**
 * The reader for a file, chosen by its extension (any case); `undefined` when none fits.
 *
 * @example readerFor('exports/Accounts.CSV')?.format // 'csv'
 */
export function readerFor(path: string): SourceReader | undefined {
  return READERS_BY_EXTENSION[extname(path).toLowerCase()];
}
