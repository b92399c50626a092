/** One VEVENT or VTIMEZONE as it appears in the file. */
export interface CalendarBlock {
  readonly kind: 'vevent' | 'vtimezone';
  /** 1-based physical line of its BEGIN line. */
  readonly line: number;
  /**
   * Its source text, BEGIN through END, with the file's own line breaks; for a block over
   * {@link MAX_BLOCK_CHARS}, only its first {@link KEPT_OF_LARGE_BLOCK} characters.
   */
  readonly text: string;
  /** False when the file ended, or another event or END:VCALENDAR began, before its END line. */
  readonly complete: boolean;
  /** Set, to its length in characters, on a block over {@link MAX_BLOCK_CHARS}: its text was not kept. */
  readonly tooLarge?: number;
}

/**
 * The largest VEVENT or VTIMEZONE read, in characters (about 1 MB). A meeting is a few KB;
 * only an inlined attachment makes one larger, and ical.js takes several times a block's
 * size to parse it, so this caps what one event can cost.
 */
export const MAX_BLOCK_CHARS = 1024 * 1024;
/** How much of a block over the cap is kept, so its UID and start can still be shown. */
export const KEPT_OF_LARGE_BLOCK = 4096;

const TOP_LEVEL = new Set(['vevent', 'vtimezone']);
/** Only BEGIN/END lines matter to the scanner, and those are short. */
const DELIMITER_CHARS = 64;

/** `BEGIN:VEVENT` → ['begin', 'vevent']; anything else → undefined. */
function delimiter(logical: string): readonly ['begin' | 'end', string] | undefined {
  const m = /^(BEGIN|END):([A-Za-z0-9-]+)[ \t]*$/.exec(logical);
  if (!m) return undefined;
  return [(m[1] ?? '').toLowerCase() === 'begin' ? 'begin' : 'end', (m[2] ?? '').toLowerCase()];
}

/** Physical lines (with their line breaks) of some text, kept up to a size but counted in full. */
class Lines {
  parts: string[] = [];
  kept = 0;
  size = 0;
  add(line: string, limit: number): void {
    this.size += line.length;
    if (this.kept >= limit) return;
    const piece = line.length > limit - this.kept ? line.slice(0, limit - this.kept) : line;
    this.parts.push(piece);
    this.kept += piece.length;
  }
  append(other: Lines, limit: number): void {
    for (const part of other.parts) this.add(part, limit);
    this.size += other.size - other.kept;
  }
}

interface Open {
  readonly kind: CalendarBlock['kind'];
  readonly line: number;
  readonly lines: Lines;
  depth: number;
}

/**
 * The block scanner's state between lines: a logical line (a physical line plus its folded
 * continuations) is judged only once the next one starts, so it is held apart from the
 * open block until then.
 */
class Scanner {
  private open: Open | undefined;
  private logical = '';
  private logicalLine = 0;
  private logicalLines = new Lines();
  private lineNo = 0;
  readonly done: CalendarBlock[] = [];

  constructor(private readonly maxBlockChars: number) {}

  /** One physical line with its line break (none on a last line without one); `length` counts what was cut off. */
  line(physical: string, length = physical.length): void {
    this.lineNo += 1;
    const content = physical.replace(/\r?\n$/, '');
    const first = content.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && this.lineNo > 1) {
      if (this.logical.length < DELIMITER_CHARS) this.logical += content.slice(1);
    } else {
      this.consider();
      this.logical = content.length <= DELIMITER_CHARS ? content : '';
      this.logicalLine = this.lineNo;
      this.logicalLines = new Lines();
    }
    this.logicalLines.add(physical, this.maxBlockChars + 1);
    this.logicalLines.size += length - physical.length;
  }

  end(): void {
    this.consider();
    this.close(false);
  }

  private close(complete: boolean): void {
    const open = this.open;
    this.open = undefined;
    if (!open) return;
    const { lines } = open;
    const tooLarge = lines.size > this.maxBlockChars;
    const text = lines.parts.join('').replace(/\r?\n$/, '');
    if (tooLarge) this.done.push({ kind: open.kind, line: open.line, text: text.slice(0, KEPT_OF_LARGE_BLOCK), complete, tooLarge: lines.size });
    else this.done.push({ kind: open.kind, line: open.line, text, complete });
  }

  private consider(): void {
    const d = delimiter(this.logical);
    const open = this.open;
    if (open) {
      if (d && ((d[0] === 'begin' && d[1] === 'vevent') || (d[0] === 'end' && d[1] === 'vcalendar'))) {
        this.close(false);
      } else {
        open.lines.append(this.logicalLines, this.maxBlockChars + 1);
        if (!d) return;
        if (d[0] === 'begin') open.depth += 1;
        else if (open.depth > 0) open.depth -= 1;
        else if (d[1] === open.kind) this.close(true);
        return;
      }
    }
    if (d && d[0] === 'begin' && TOP_LEVEL.has(d[1])) {
      const lines = new Lines();
      lines.append(this.logicalLines, this.maxBlockChars + 1);
      this.open = { kind: d[1] as CalendarBlock['kind'], line: this.logicalLine, lines, depth: 0 };
    }
  }
}

/**
 * Finds each VEVENT and VTIMEZONE with the line it starts on, streaming: `chunks` is the
 * file's text in any pieces, and at most one block (up to `maxBlockChars`) and one line are
 * held at a time. ical.js gives no line numbers, so every event is parsed from its own
 * block: a broken event is then reported at its line while the rest of the file is still
 * read. Other components (VTODO, VJOURNAL, VFREEBUSY) are passed over here. A BEGIN:VEVENT
 * inside an open event closes it as incomplete, since VEVENTs never nest: a lost END line
 * costs one event, not the file. A block over `maxBlockChars` keeps only its start and is
 * marked `tooLarge`.
 *
 * @example for await (const block of scanCalendarBlocks(['BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nEND:VEVENT\nEND:VCALENDAR'])) block.line // 2
 */
export async function* scanCalendarBlocks(chunks: AsyncIterable<string> | Iterable<string>, maxBlockChars = MAX_BLOCK_CHARS): AsyncGenerator<CalendarBlock> {
  const scanner = new Scanner(maxBlockChars);
  // A physical line longer than any block may be is cut here, its full length still counted.
  const lineLimit = maxBlockChars + 1;
  let partial = '';
  let partialLength = 0;
  for await (const chunk of chunks) {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf('\n', pos);
      const end = nl === -1 ? chunk.length : nl + 1;
      const piece = chunk.slice(pos, end);
      if (partial.length < lineLimit) partial += piece.length > lineLimit - partial.length ? piece.slice(0, lineLimit - partial.length) : piece;
      partialLength += piece.length;
      pos = end;
      if (nl === -1) break;
      // A cut line still needs its break, so the block's text ends like the file's line.
      scanner.line(partial.endsWith('\n') ? partial : `${partial}\n`, partialLength);
      partial = '';
      partialLength = 0;
    }
    yield* scanner.done.splice(0);
  }
  if (partialLength > 0) scanner.line(partial, partialLength);
  scanner.end();
  yield* scanner.done.splice(0);
}
