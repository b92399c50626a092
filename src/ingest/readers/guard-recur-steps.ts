import type ICAL from 'ical.js';

export type RecurExpansion = InstanceType<typeof ICAL.RecurExpansion>;

/**
 * Steps of a rule's frequency (days for DAILY, hours for HOURLY…) one occurrence may take.
 * 20,000 days is 54 years: a real sparse rule (29 February that is a Monday, every 28 years)
 * needs about 10,000. About 0.2 s of ical.js time.
 */
export const MAX_STEPS_PER_OCCURRENCE = 20_000;

const STEP_METHODS = ['next_second', 'next_minute', 'next_hour', 'next_day', 'next_week', 'next_month', 'next_year'] as const;

export class RuleNeverMatchesError extends Error {
  constructor() {
    super(`no next occurrence within ${MAX_STEPS_PER_OCCURRENCE.toLocaleString('en-US')} steps of its frequency: its BY parts exclude each other (e.g. BYMONTH=2;BYMONTHDAY=30)`);
  }
}

/**
 * ical.js loops forever on a DAILY/WEEKLY/HOURLY… rule whose BY parts no date satisfies
 * (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`): its search has no bound below MONTHLY. One such
 * rule would hang the import, so each rule iterator of `expansion` gets a step budget per
 * occurrence; `next()` throws RuleNeverMatchesError past it. This wraps ical.js's (private)
 * `ruleIterators`; ics-reader.test.ts asserts such a rule is rejected, so an ical.js update
 * that renames them fails that test instead of hanging.
 *
 * @example const next = guardRecurSteps(event.iterator()); next() // the next occurrence, or null
 */
export function guardRecurSteps(expansion: RecurExpansion): () => ReturnType<RecurExpansion['next']> | null {
  let steps = 0;
  const iterators = (expansion as unknown as { ruleIterators?: unknown[] }).ruleIterators ?? [];
  for (const iterator of iterators) {
    const methods = iterator as Record<string, unknown>;
    for (const name of STEP_METHODS) {
      const original = methods[name];
      if (typeof original !== 'function') continue;
      methods[name] = function step(this: unknown, ...args: unknown[]): unknown {
        if (++steps > MAX_STEPS_PER_OCCURRENCE) throw new RuleNeverMatchesError();
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  }
  return () => {
    steps = 0;
    return expansion.next() ?? null;
  };
}
