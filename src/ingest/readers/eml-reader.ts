import { open as openFile, readFile, stat } from 'node:fs/promises';
import { batchResults } from './batch-results.js';
import { isBlankBytes } from './is-blank-bytes.js';
import { MAIL_COLUMNS } from './mail-message.js';
import { checkMaxMessageBytes, mailReadResult, tooLarge } from './mail-read-result.js';
import { fromLineDate } from './mbox-from-line.js';
import { TOO_LARGE_HEAD_BYTES } from './mbox-splitter.js';
import { checkBatchSize } from './read-batches.js';
import { emptyFile } from './reader-issue.js';
import type { OpenedSource, ReadOptions, ReadResult, SourceReader } from './source-reader.js';

async function readHead(path: string): Promise<Buffer> {
  const handle = await openFile(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(TOO_LARGE_HEAD_BYTES), 0, TOO_LARGE_HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* emlResults(path: string, maxMessageBytes: number): AsyncGenerator<ReadResult> {
  const { size } = await stat(path);
  if (size > maxMessageBytes) {
    yield tooLarge(path, { line: 1 }, size, maxMessageBytes, await readHead(path));
    return;
  }
  let bytes = await readFile(path);
  if (isBlankBytes(bytes)) {
    yield emptyFile(path, 'message');
    return;
  }
  // A message saved from an mbox may still start with its From_ line ("From " without a colon).
  let date: string | undefined;
  if (bytes.subarray(0, 5).toString('latin1') === 'From ') {
    const nl = bytes.indexOf(0x0a);
    date = fromLineDate(bytes.subarray(0, nl < 0 ? bytes.length : nl).toString('latin1'));
    bytes = bytes.subarray(nl < 0 ? bytes.length : nl + 1);
  }
  yield await mailReadResult(path, bytes, date === undefined ? { line: 1 } : { line: 1, fromLineDate: date });
}

/**
 * Reads one RFC 5322 message (.eml) as one activity record (see parseMailMessage), or
 * one issue: `message_too_large` above `maxMessageBytes` (not read into memory),
 * `malformed_message`, `missing_date`, or `empty_file`.
 *
 * @example
 * const { batches } = await emlReader.open('reply.eml');
 * for await (const batch of batches) for (const r of batch) if (r.ok) console.log(r.record.values.subject);
 */
export const emlReader: SourceReader = {
  format: 'eml',
  knownAtFromSource: true,
  async open(path: string, options: ReadOptions = {}): Promise<OpenedSource> {
    const batchSize = checkBatchSize(options.batchSize);
    const maxMessageBytes = checkMaxMessageBytes(options.maxMessageBytes);
    if (!(await stat(path)).isFile()) throw new Error(`${path} is not a file`);
    return {
      columns: MAIL_COLUMNS,
      encoding: 'mime',
      batches: { [Symbol.asyncIterator]: () => batchResults(emlResults(path, maxMessageBytes), batchSize) },
    };
  },
};
