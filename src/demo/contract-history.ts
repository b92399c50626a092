import type { OutcomeKind } from '../domain/index.js';
import { addMonths } from './calendar.js';
import { clamp, logistic, type Random } from './random.js';

export interface Renewal {
  readonly dateMs: number;
  readonly kind: OutcomeKind;
  /** The true mean health over the 13 weeks before the renewal, which drew the outcome. */
  readonly recentHealth: number;
  readonly arrBefore: number;
  readonly arrAfter: number;
  readonly seatsBefore: number;
  readonly seatsAfter: number;
}

export interface ContractHistory {
  readonly renewals: readonly Renewal[];
  /** The renewal date on which the account left, if it did. */
  readonly churnMs?: number;
}

/**
 * The churn odds at a renewal. Noise on the log-odds keeps health predictive but not
 * decisive; together with the health noise it targets a churn rate of 10–20% per renewal
 * and an AUC of recent health vs churn near 0.8.
 */
const CHURN_INTERCEPT = -1.9;
const CHURN_SLOPE = 9;
const CHURN_PIVOT = 0.5;
const CHURN_NOISE = 1.3;

/** Contract anniversaries after `signedMs` that fall in (fromMs, toMs]. */
export function anniversaries(signedMs: number, fromMs: number, toMs: number): number[] {
  const out: number[] = [];
  for (let k = 1; ; k++) {
    const d = addMonths(signedMs, 12 * k);
    if (d > toMs) return out;
    if (d > fromMs) out.push(d);
  }
}

/** Draws what happened at each renewal in the window; nothing after a churn. */
export function buildContractHistory(
  rng: Random,
  renewalDates: readonly number[],
  healthBefore: (ms: number) => number,
  start: { readonly arr: number; readonly seats: number },
): ContractHistory {
  const renewals: Renewal[] = [];
  let { arr, seats } = start;
  for (const dateMs of renewalDates) {
    const h = healthBefore(dateMs);
    const churnLogit = CHURN_INTERCEPT + CHURN_SLOPE * (CHURN_PIVOT - h) + rng.normal(0, CHURN_NOISE);
    let kind: OutcomeKind;
    let factor = 1;
    if (rng.chance(logistic(churnLogit))) {
      kind = 'churned';
      factor = 0;
    } else if (rng.chance(logistic(-2 + 7 * (h - 0.65)))) {
      kind = 'expanded';
      factor = rng.between(1.1, 1.5);
    } else if (rng.chance(logistic(-2.2 + 7 * (0.45 - h)))) {
      kind = 'contracted';
      factor = rng.between(0.6, 0.9);
    } else {
      kind = 'renewed';
    }
    const arrAfter = Math.round((arr * factor) / 100) * 100;
    const seatsAfter = kind === 'churned' ? seats : clamp(Math.round(seats * factor), 1, Number.MAX_SAFE_INTEGER);
    renewals.push({ dateMs, kind, recentHealth: h, arrBefore: arr, arrAfter, seatsBefore: seats, seatsAfter });
    if (kind === 'churned') return { renewals, churnMs: dateMs };
    arr = arrAfter;
    seats = seatsAfter;
  }
  return { renewals };
}
