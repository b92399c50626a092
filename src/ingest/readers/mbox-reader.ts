import { stat } from 'node:fs/promises';
import { batchResults } from './batch-results.js';
import { MAIL_COLUMNS } from './mail-message.js';
import { checkMaxMessageBytes, mailReadResult, tooLarge, truncated } from './mail-read-result.js';
import type { MboxEntry } from './mbox-splitter.js';
import { readMboxMessages } from './mbox-splitter.js';
import { checkBatchSize } from './read-batches.js';
import { emptyFile } from './reader-issue.js';
import type { OpenedSource, ReadOptions, ReadResult, SourceReader } from './source-reader.js';

function resultFor(path: string, entry: MboxEntry, maxMessageBytes: number): Promise<ReadResult> | ReadResult {
  const context = entry.fromLineDate === undefined ? { index: entry.index, line: entry.line } : { index: entry.index, line: entry.line, fromLineDate: entry.fromLineDate };
  if (entry.tooLarge) return tooLarge(path, context, entry.size, maxMessageBytes, entry.head);
  if (entry.truncated) return truncated(path, context, entry.bytes);
  return mailReadResult(path, entry.bytes, context);
}

async function* mboxResults(path: string, maxMessageBytes: number): AsyncGenerator<ReadResult> {
  let messages = 0;
  for await (const entry of readMboxMessages(path, { maxMessageBytes })) {
    messages++;
    yield await resultFor(path, entry, maxMessageBytes);
  }
  if (messages === 0) yield emptyFile(path, 'messages');
}

/**
 * Streams an mbox (mboxo or mboxrd, LF or CRLF): one activity record per message (see
 * parseMailMessage) in file order, each at the line of its From_ line, holding one message
 * at a time. Rejects `message_too_large` (skipped without being buffered),
 * `truncated_message` (the file ends inside it), `malformed_message` and `missing_date`,
 * each naming the message's number and line.
 *
 * @example
 * const { batches } = await mboxReader.open('support.mbox', { maxMessageBytes: 10 * 1024 * 1024 });
 * for await (const batch of batches) for (const r of batch) if (!r.ok) console.log(r.issue.line, r.issue.message);
 */
export const mboxReader: SourceReader = {
  format: 'mbox',
  knownAtFromSource: true,
  async open(path: string, options: ReadOptions = {}): Promise<OpenedSource> {
    const batchSize = checkBatchSize(options.batchSize);
    const maxMessageBytes = checkMaxMessageBytes(options.maxMessageBytes);
    if (!(await stat(path)).isFile()) throw new Error(`${path} is not a file`);
    return {
      columns: MAIL_COLUMNS,
      encoding: 'mime',
      batches: { [Symbol.asyncIterator]: () => batchResults(mboxResults(path, maxMessageBytes), batchSize) },
    };
  },
};
