import type { Driver } from '../../domain/index.js';

/**
 * The driver that moved a score furthest from neutral, as "component.id" (a metric id, or
 * a child's external id under the roll-up component), for the portfolio's one-column
 * summary; null when nothing moved it. On a tie the first in {@link driversOf}'s order
 * wins: children, then what pulls the score down.
 * @example topDriver(snapshot.drivers) // "billing.days-late"
 */
export function topDriver(drivers: readonly Driver[]): string | null {
  let top: Driver | undefined;
  for (const d of drivers) if (d.impact !== 0 && (!top || Math.abs(d.impact) > Math.abs(top.impact))) top = d;
  return top ? `${top.component}.${top.id}` : null;
}
