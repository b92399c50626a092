import { type AccountProfile, buildAccountProfile } from './account-profile.js';
import { addMonths, DAY_MS, type DemoTimeline, WEEK_MS, weekIndexAt } from './calendar.js';
import type { DemoContact } from './contacts.js';
import { anniversaries, buildContractHistory, type ContractHistory } from './contract-history.js';
import { type Decline, drawBaseline, recentHealth, simulateLatentHealth } from './latent-health.js';
import { Random } from './random.js';
import type { Staff } from './staff.js';

/** One account with its hidden health and contract history: everything its rows are drawn from. */
export interface DemoAccount {
  readonly profile: AccountProfile;
  readonly timeline: DemoTimeline;
  /** Latent health per timeline week. */
  readonly health: Float64Array;
  readonly decline?: Decline;
  readonly history: ContractHistory;
  /** The account produces signals from `activeFromMs` until `activeUntilMs` (its churn, else asOf). */
  readonly activeFromMs: number;
  readonly activeUntilMs: number;
}

const SHARE_DECLINING = 0.2;

export function buildDemoAccount(index: number, seed: number, timeline: DemoTimeline, staff: Staff): DemoAccount {
  const profile = buildAccountProfile(index, seed, timeline, staff);
  const rng = Random.from(seed, 'health', index);
  const baseline = drawBaseline(rng);
  // A decline may also precede a renewal shortly after asOf: those are the accounts at risk "now".
  const candidates = anniversaries(profile.signedMs, timeline.startMs, timeline.asOfMs + 270 * DAY_MS);
  const target = rng.chance(SHARE_DECLINING) && candidates.length > 0 ? rng.pick(candidates) : undefined;
  const decline = target === undefined ? undefined : { startMs: target - rng.int(26, 39) * WEEK_MS, endMs: target, depth: rng.between(0.25, 0.5) };
  const health = simulateLatentHealth(rng, timeline.weekStarts, baseline, decline);
  const renewalDates = anniversaries(profile.signedMs, timeline.startMs, timeline.asOfMs);
  const history = buildContractHistory(Random.from(seed, 'renewals', index), renewalDates, (ms) => recentHealth(health, timeline.weekStarts, ms), profile);
  return {
    profile,
    timeline,
    health,
    ...(decline ? { decline } : {}),
    history,
    activeFromMs: profile.firstKnownMs,
    activeUntilMs: history.churnMs ?? timeline.asOfMs,
  };
}

export function healthAt(account: DemoAccount, ms: number): number {
  return account.health[weekIndexAt(account.timeline, ms)] ?? 0.5;
}

export function ownerAt(account: DemoAccount, ms: number): string {
  const change = account.profile.ownerChange;
  return change && ms >= change.atMs ? change.email : account.profile.ownerEmail;
}

export function contactsAt(account: DemoAccount, ms: number): readonly DemoContact[] {
  const known = account.profile.contacts.filter((c) => c.sinceMs <= ms);
  return known.length > 0 ? known : account.profile.contacts.slice(0, 1);
}

/** The contract in force at `ms`: ARR and seats after any renewal so far, and the next renewal date. */
export function termAt(account: DemoAccount, ms: number): { arr: number; seats: number; renewalDateMs: number } {
  let { arr, seats } = account.profile;
  for (const r of account.history.renewals) {
    if (r.dateMs > ms) break;
    arr = r.arrAfter;
    seats = r.seatsAfter;
  }
  let renewalDateMs = addMonths(account.profile.signedMs, 12);
  for (let k = 2; renewalDateMs <= ms; k++) renewalDateMs = addMonths(account.profile.signedMs, 12 * k);
  return { arr, seats, renewalDateMs };
}

/** The weeks (as timeline indexes) in which the account was a customer. */
export function activeWeeks(account: DemoAccount): number[] {
  const out: number[] = [];
  account.timeline.weekStarts.forEach((start, w) => {
    if (start + WEEK_MS > account.activeFromMs && start < account.activeUntilMs) out.push(w);
  });
  return out;
}
