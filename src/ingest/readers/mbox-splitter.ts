import { createReadStream } from 'node:fs';
import { isBlankBytes } from './is-blank-bytes.js';
import { fromLineDate } from './mbox-from-line.js';

export const DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
/** How much of a too-large message is kept, so its headers can still be shown. */
export const TOO_LARGE_HEAD_BYTES = 16 * 1024;

/** One message of an mbox, its From_ line removed and mboxrd `>From ` lines unescaped once. */
export interface MboxMessage {
  /** 1-based position of the message in the file. */
  readonly index: number;
  /** 1-based physical line of its From_ line (1 for text before the first From_ line). */
  readonly line: number;
  /** The delivery date on the From_ line, ISO 8601 UTC, when it has one. */
  readonly fromLineDate?: string;
  readonly bytes: Buffer;
  /** The file ends inside this message: its last line has no line break. */
  readonly truncated: boolean;
  readonly tooLarge?: false;
}

/** A message above the size limit: counted while streaming, never held in memory. */
export interface MboxTooLargeMessage {
  readonly index: number;
  readonly line: number;
  readonly fromLineDate?: string;
  readonly tooLarge: true;
  /** Bytes of the message without its From_ line. */
  readonly size: number;
  /** Its first bytes (at most {@link TOO_LARGE_HEAD_BYTES}), for showing the headers. */
  readonly head: Buffer;
}

export type MboxEntry = MboxMessage | MboxTooLargeMessage;

export interface MboxSplitOptions {
  readonly maxMessageBytes?: number;
  /** Bytes per read from the file. */
  readonly chunkBytes?: number;
}

const NEWLINE = 0x0a;
const CR = 0x0d;
const SEPARATOR = Buffer.from('\nFrom ');
const ESCAPED_FROM = Buffer.from('>From ');
const EMPTY = Buffer.alloc(0);
/** A real From_ line is short; a longer line that starts with "From " is judged on what fits. */
const FROM_LINE_MAX = 1024;

interface Current {
  readonly line: number;
  readonly fromLineDate: string | undefined;
  /** Text before the first From_ line; starts with the virtual line break the splitter begins with. */
  readonly preamble: boolean;
  parts: Buffer[];
  size: number;
  head: Buffer | undefined;
}

/** mboxrd: a body line matching /^>+From / was written with one more '>'. Edits `bytes` in place. */
function unescapeFromLines(bytes: Buffer): Buffer {
  let hit = bytes.indexOf(ESCAPED_FROM);
  if (hit < 0) return bytes;
  let write = 0;
  let read = 0;
  for (; hit >= 0; hit = bytes.indexOf(ESCAPED_FROM, hit + ESCAPED_FROM.length)) {
    let start = hit;
    while (start > 0 && bytes[start - 1] === 0x3e) start--;
    if (start > 0 && bytes[start - 1] !== NEWLINE) continue;
    write += bytes.copy(bytes, write, read, start);
    read = start + 1;
  }
  write += bytes.copy(bytes, write, read, bytes.length);
  return bytes.subarray(0, write);
}

/** The blank line an mbox writer puts before the next From_ line is not part of the message. */
function withoutSeparatorBlankLine(bytes: Buffer): Buffer {
  const n = bytes.length;
  if (n >= 2 && bytes[n - 1] === NEWLINE && bytes[n - 2] === NEWLINE) return bytes.subarray(0, n - 1);
  if (n >= 4 && bytes[n - 1] === NEWLINE && bytes[n - 2] === CR && bytes[n - 3] === NEWLINE && bytes[n - 4] === CR) return bytes.subarray(0, n - 2);
  return bytes;
}

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) count++;
  return count;
}

/**
 * Splits mbox bytes, pushed in file order, into messages passed to `emit`. It works on
 * bytes, not text, because each message has its own charset; a message is copied once,
 * when it is complete. A message start is a line beginning "From " at the start of the
 * file or after a line break, when the line before it is blank or the line carries a
 * date: mboxo files from writers that do not escape body lines still split right as long
 * as the "From " body line follows text.
 */
export class MboxSplitter {
  // Starting with a virtual line break lets a From_ line at offset 0 match like any other.
  private carry: Buffer = Buffer.from('\n');
  /** Line breaks seen so far, the virtual one included: the current physical line. */
  private line = 0;
  private state: 'body' | 'fromLine' | 'skipFromLine' = 'body';
  private fromLine: Buffer[] = [];
  private fromLineSize = 0;
  private fromLineNo = 0;
  private current: Current = { line: 1, fromLineDate: undefined, preamble: true, parts: [], size: 0, head: undefined };
  /** The last three bytes of the current message, newest last, for the blank-line test. */
  private tail = [0, 0, 0];
  /** The next byte appended is the line break ending a From_ line. */
  private dropNewline = false;
  private index = 0;

  constructor(
    private readonly maxMessageBytes: number,
    private readonly emit: (entry: MboxEntry) => void,
  ) {}

  /** Bytes held for the message being read: never more than the limit, 0 once it is over it. */
  get bufferedBytes(): number {
    return this.current.head === undefined ? this.current.size : 0;
  }

  push(chunk: Buffer): void {
    const buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = EMPTY;
    let pos = 0;
    while (pos < buf.length) pos = this.state === 'body' ? this.scanBody(buf, pos) : this.scanFromLine(buf, pos);
  }

  end(): void {
    if (this.carry.length > 0) this.append(this.carry);
    this.carry = EMPTY;
    if (this.state === 'fromLine') this.decideFromLine(false);
    this.finish(true);
  }

  private scanBody(buf: Buffer, pos: number): number {
    const sep = buf.indexOf(SEPARATOR, pos);
    if (sep >= 0) {
      this.append(buf.subarray(pos, sep + 1));
      this.state = 'fromLine';
      this.fromLine = [];
      this.fromLineSize = 0;
      this.fromLineNo = this.line;
      return sep + 1;
    }
    // The chunk may end inside a separator: hold back from its last line break if what
    // follows could still become "\nFrom ". Only the last one can: the separator has one.
    let keep = buf.length;
    for (let i = buf.length - 1; i >= Math.max(pos, buf.length - SEPARATOR.length + 1); i--) {
      if (buf[i] !== NEWLINE) continue;
      if (SEPARATOR.subarray(0, buf.length - i).equals(buf.subarray(i))) keep = i;
      break;
    }
    this.append(buf.subarray(pos, keep));
    if (keep < buf.length) this.carry = Buffer.from(buf.subarray(keep));
    return buf.length;
  }

  /** Collects the From_ line up to (not including) its line break, which is left for scanBody: the next line may be a From_ line too. */
  private scanFromLine(buf: Buffer, pos: number): number {
    const nl = buf.indexOf(NEWLINE, pos);
    const end = nl < 0 ? buf.length : nl;
    if (this.state === 'skipFromLine') {
      if (nl >= 0) this.state = 'body';
      return end;
    }
    const take = Math.min(end, pos + FROM_LINE_MAX - this.fromLineSize);
    this.fromLine.push(buf.subarray(pos, take));
    this.fromLineSize += take - pos;
    if (take === nl) this.decideFromLine(true);
    else if (this.fromLineSize >= FROM_LINE_MAX) this.decideFromLine(false);
    return take;
  }

  /** `complete`: the whole line was collected (it ends at the next byte, a line break). */
  private decideFromLine(complete: boolean): void {
    const bytes = Buffer.concat(this.fromLine, this.fromLineSize);
    const date = fromLineDate(bytes.toString('latin1'));
    const [t0, t1, t2] = this.tail;
    const atFileStart = this.current.preamble && this.current.size === 1;
    const afterBlankLine = atFileStart || (t2 === NEWLINE && (t1 === NEWLINE || (t1 === CR && t0 === NEWLINE)));
    if (!afterBlankLine && date === undefined) {
      this.state = 'body';
      this.append(bytes);
      return;
    }
    this.finish(false);
    this.current = { line: this.fromLineNo, fromLineDate: date, preamble: false, parts: [], size: 0, head: undefined };
    this.tail = [0, 0, 0];
    this.dropNewline = true;
    this.state = complete ? 'body' : 'skipFromLine';
  }

  private append(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.line += countNewlines(bytes);
    // The From_ line's own line break, left in the stream by scanFromLine.
    const segment = this.dropNewline ? bytes.subarray(1) : bytes;
    this.dropNewline = false;
    const n = segment.length;
    if (n === 0) return;
    const message = this.current;
    const skip = message.preamble ? 1 : 0;
    message.size += n;
    if (message.head === undefined) {
      if (message.size - skip > this.maxMessageBytes) {
        message.head = Buffer.concat([...message.parts, segment], skip + TOO_LARGE_HEAD_BYTES).subarray(skip);
        message.parts = [];
      } else {
        message.parts.push(segment);
      }
    }
    if (n >= 3) {
      this.tail = [segment[n - 3] ?? 0, segment[n - 2] ?? 0, segment[n - 1] ?? 0];
    } else {
      for (const b of segment) this.tail = [this.tail[1] ?? 0, this.tail[2] ?? 0, b];
    }
  }

  private finish(atEnd: boolean): void {
    const message = this.current;
    const skip = message.preamble ? 1 : 0;
    if (message.head !== undefined) {
      this.index++;
      this.emit({ index: this.index, line: message.line, ...dateOf(message), tooLarge: true, size: message.size - skip, head: message.head });
      return;
    }
    const bytes = Buffer.concat(message.parts, message.size).subarray(skip);
    if (message.preamble && isBlankBytes(bytes)) return;
    this.index++;
    // At the end, a From_ line cut off before its line break leaves state 'skipFromLine'.
    const truncated = atEnd && (this.state !== 'body' || (bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE));
    this.emit({ index: this.index, line: message.line, ...dateOf(message), bytes: unescapeFromLines(withoutSeparatorBlankLine(bytes)), truncated });
  }
}

function dateOf(message: Current): { fromLineDate?: string } {
  return message.fromLineDate === undefined ? {} : { fromLineDate: message.fromLineDate };
}

/**
 * Streams the messages of an mbox file (mboxo or mboxrd, LF or CRLF) in file order. Holds
 * at most one message; one above `maxMessageBytes` is skipped while streaming and yielded
 * as a `tooLarge` marker with its size.
 *
 * @example
 * for await (const m of readMboxMessages('inbox.mbox')) if (!m.tooLarge) console.log(m.index, m.line, m.bytes.length);
 */
export async function* readMboxMessages(path: string, options: MboxSplitOptions = {}): AsyncGenerator<MboxEntry> {
  const ready: MboxEntry[] = [];
  const splitter = new MboxSplitter(options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES, (entry) => ready.push(entry));
  const stream = createReadStream(path, { highWaterMark: options.chunkBytes ?? 1024 * 1024 });
  try {
    for await (const chunk of stream) {
      splitter.push(chunk as Buffer);
      yield* drain(ready);
    }
    splitter.end();
    yield* drain(ready);
  } finally {
    stream.destroy();
  }
}

function* drain(ready: MboxEntry[]): Generator<MboxEntry> {
  const entries = ready.splice(0);
  for (const entry of entries) yield entry;
}
