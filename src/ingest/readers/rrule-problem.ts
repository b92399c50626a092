import ICAL from 'ical.js';

/** RFC 5545 §3.3.10 rule parts, plus RSCALE and SKIP from RFC 7529. */
const RULE_PARTS = new Set([
  'FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY',
  'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST', 'RSCALE', 'SKIP',
]);

/**
 * Why an RRULE value cannot be trusted, or undefined when it can. ical.js keeps going past
 * a part it does not know, e.g. `RRULE:AnythingRandom;FREQ=WEEKLY` (corpus
 * node-ical-badRRULE.ics), and takes INTERVAL=0 as 1; such a rule was written by something
 * broken, so the series it would make up is refused instead.
 *
 * @example rruleProblem('FREQ=WEEKLY;BYDAY=MO') // undefined
 * @example rruleProblem('FREQ=WEEKLY;FOO') // '"FOO" is not a rule part (NAME=VALUE)'
 */
export function rruleProblem(rule: string): string | undefined {
  const seen = new Set<string>();
  for (const part of rule.split(';')) {
    const m = /^([A-Za-z][A-Za-z-]*)=(.+)$/.exec(part.trim());
    if (!m) return `"${part}" is not a rule part (NAME=VALUE)`;
    const name = (m[1] ?? '').toUpperCase();
    if (!RULE_PARTS.has(name) && !name.startsWith('X-')) return `"${m[1]}" is not a rule part`;
    if (seen.has(name)) return `${name} is given twice`;
    seen.add(name);
    if (name === 'INTERVAL' && !/^[1-9]\d*$/.test(m[2] ?? '')) return `INTERVAL must be a positive whole number, not "${m[2]}"`;
  }
  if (!seen.has('FREQ')) return 'it has no FREQ';
  try {
    ICAL.Recur.fromString(rule);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
}
