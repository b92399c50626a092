/** One content line of a block, unfolded: its name, the text before the value (name and parameters), and the value. */
export interface PropertyText {
  readonly head: string;
  readonly value: string;
}

/** Where the value starts: the first colon outside a quoted parameter value. */
export function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return i;
  }
  return -1;
}

/**
 * The source text of every `name` property in a block (RFC 5545 folding undone), for
 * messages that quote the file and for rules ical.js would silently reinterpret.
 *
 * @example propertyTexts('RRULE:FREQ=DAILY;\r\n COUNT=2', 'RRULE') // [{ head: 'RRULE', value: 'FREQ=DAILY;COUNT=2' }]
 */
export function propertyTexts(block: string, name: string): PropertyText[] {
  const out: PropertyText[] = [];
  const upper = name.toUpperCase();
  for (const line of block.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    const upperStart = line.slice(0, upper.length + 1).toUpperCase();
    if (upperStart !== `${upper}:` && upperStart !== `${upper};`) continue;
    const at = valueStart(line);
    out.push(at === -1 ? { head: line, value: '' } : { head: line.slice(0, at), value: line.slice(at + 1) });
  }
  return out;
}
