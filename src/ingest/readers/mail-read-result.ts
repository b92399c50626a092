import { mailHeaderBlock } from './mail-header-block.js';
import type { MailContext } from './mail-message.js';
import { messageLabel, parseMailMessage } from './mail-message.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './mbox-splitter.js';
import { RAW_PREVIEW_CHARS, rejected } from './reader-issue.js';
import type { ReadResult } from './source-reader.js';

const MB = 1024 * 1024;

export function checkMaxMessageBytes(size: number | undefined): number {
  if (size === undefined) return DEFAULT_MAX_MESSAGE_BYTES;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`maxMessageBytes must be a positive integer, got ${size}`);
  return size;
}

/** A quarantined message keeps its header block only: enough to find it, without its body. */
export function rawHeaders(bytes: Uint8Array): string {
  return mailHeaderBlock(bytes).text.slice(0, RAW_PREVIEW_CHARS);
}

function size(bytes: number): string {
  const [amount, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  return `${Number.isInteger(amount) ? amount : amount.toFixed(1)} ${unit}`;
}

export function tooLarge(file: string, context: MailContext, bytes: number, limit: number, head: Uint8Array): ReadResult {
  const message = `${messageLabel(context)} is ${size(bytes)}, above the ${size(limit)} limit`;
  return rejected(file, context.line ?? 1, 'message_too_large', message, rawHeaders(head));
}

export function truncated(file: string, context: MailContext, bytes: Uint8Array): ReadResult {
  const message = `${messageLabel(context)} is cut off: the file ends in the middle of it, so it was not imported (was the file cut short?)`;
  return rejected(file, context.line ?? 1, 'truncated_message', message, rawHeaders(bytes));
}

/** One message as a record, or the reason it was rejected; `raw` is its header block either way. */
export async function mailReadResult(file: string, bytes: Uint8Array, context: MailContext & { readonly line: number }): Promise<ReadResult> {
  const raw = rawHeaders(bytes);
  const parsed = await parseMailMessage(bytes, context);
  if (!parsed.ok) return rejected(file, context.line, parsed.code, parsed.message, raw);
  return { ok: true, record: { line: context.line, values: parsed.values, raw } };
}
