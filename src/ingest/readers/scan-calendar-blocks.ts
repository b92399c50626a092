/** One VEVENT or VTIMEZONE as it appears in the file. */
export interface CalendarBlock {
  readonly kind: 'vevent' | 'vtimezone';
  /** 1-based physical line of its BEGIN line. */
  readonly line: number;
  /** Its source text, BEGIN through END, with the file's own line breaks. */
  readonly text: string;
  /** False when the file ended, or another event or END:VCALENDAR began, before its END line. */
  readonly complete: boolean;
}

const TOP_LEVEL = new Set(['vevent', 'vtimezone']);

/** `BEGIN:VEVENT` → ['begin', 'vevent']; anything else → undefined. */
function delimiter(logical: string): readonly ['begin' | 'end', string] | undefined {
  const m = /^(BEGIN|END):([A-Za-z0-9-]+)[ \t]*$/.exec(logical);
  if (!m) return undefined;
  return [(m[1] ?? '').toLowerCase() === 'begin' ? 'begin' : 'end', (m[2] ?? '').toLowerCase()];
}

interface Open {
  kind: CalendarBlock['kind'];
  line: number;
  start: number;
  depth: number;
}

/**
 * Finds each VEVENT and VTIMEZONE with the line it starts on. ical.js gives no line
 * numbers, so every event is parsed from its own block: a broken event is then reported
 * at its line while the rest of the file is still read. Other components (VTODO,
 * VJOURNAL, VFREEBUSY) are passed over here. A BEGIN:VEVENT inside an open event closes
 * it as incomplete, since VEVENTs never nest: a lost END line costs one event, not the file.
 *
 * @example scanCalendarBlocks('BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nEND:VEVENT\nEND:VCALENDAR')[0]?.line // 2
 */
export function scanCalendarBlocks(text: string): CalendarBlock[] {
  const blocks: CalendarBlock[] = [];
  let open: Open | undefined;
  const close = (end: number, complete: boolean) => {
    if (open) blocks.push({ kind: open.kind, line: open.line, text: text.slice(open.start, end).replace(/\r?\n$/, ''), complete });
    open = undefined;
  };
  // A logical line is a physical line plus its folded continuations (lines starting with a
  // space or tab). Only BEGIN/END lines matter here, so only those are unfolded.
  let logical = '';
  let logicalStart = 0;
  let logicalLine = 0;
  let logicalEnd = 0;
  const consider = () => {
    const d = delimiter(logical);
    if (!d) return;
    const [what, name] = d;
    if (open) {
      if ((what === 'begin' && name === 'vevent') || (what === 'end' && name === 'vcalendar')) {
        close(logicalStart, false);
      } else {
        if (what === 'begin') open.depth += 1;
        else if (open.depth > 0) open.depth -= 1;
        else if (name === open.kind) close(logicalEnd, true);
        return;
      }
    }
    if (what === 'begin' && TOP_LEVEL.has(name)) open = { kind: name as CalendarBlock['kind'], line: logicalLine, start: logicalStart, depth: 0 };
  };
  let lineNo = 0;
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl + 1;
    lineNo += 1;
    const physical = text.slice(pos, nl === -1 ? text.length : nl).replace(/\r$/, '');
    const first = physical.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && lineNo > 1) {
      if (logical.length < 64) logical += physical.slice(1);
    } else {
      consider();
      logical = physical.length <= 64 ? physical : '';
      logicalStart = pos;
      logicalLine = lineNo;
    }
    logicalEnd = end;
    pos = end;
  }
  consider();
  close(text.length, false);
  return blocks;
}
