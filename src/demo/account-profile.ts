import { addMonths, DAY_MS, type DemoTimeline, startOfDay } from './calendar.js';
import { buildContacts, type DemoContact } from './contacts.js';
import { companyName } from './names.js';
import { Random } from './random.js';
import { SEGMENT_NAMES, SEGMENTS, type Segment } from './segments.js';
import type { Staff } from './staff.js';
import { CUSTOMER_ZONES, type TimeZone } from './time-zones.js';
import { FEATURES, INDUSTRIES, type Region } from './word-banks.js';

/** What an account is, apart from how healthy it is. */
export interface AccountProfile {
  readonly index: number;
  /** Zero-padded account number used in every id of this account, e.g. "000042". */
  readonly number: string;
  readonly externalId: string;
  readonly name: string;
  readonly domains: readonly string[];
  readonly industry: string;
  readonly segment: Segment;
  readonly tier: string;
  readonly plan: string;
  readonly region: Region;
  /** Where the customer's people sit: the local time and offset of their mail. */
  readonly timeZone: TimeZone;
  readonly currency: string;
  readonly parentExternalId?: string;
  readonly ownerEmail: string;
  /** A change of owner part-way through the history, if any. */
  readonly ownerChange?: { readonly atMs: number; readonly email: string };
  /** When the first contract was signed; renewals fall on its anniversaries. */
  readonly signedMs: number;
  /** The first moment the demo history knows the account: signing, or the window start. */
  readonly firstKnownMs: number;
  readonly arr: number;
  readonly seats: number;
  readonly contacts: readonly DemoContact[];
  /** The order in which this account takes up features as its health grows. */
  readonly featureOrder: readonly string[];
}

export function accountExternalId(index: number): string {
  return `ACC-${accountNumber(index)}`;
}

export function accountNumber(index: number): string {
  return String(index + 1).padStart(6, '0');
}

const SHARE_OF_NEW_ACCOUNTS = 0.25;
const SHARE_OF_CHILD_ACCOUNTS = 0.04;

export function buildAccountProfile(index: number, seed: number, timeline: DemoTimeline, staff: Staff): AccountProfile {
  const rng = Random.from(seed, 'profile', index);
  const number = accountNumber(index);
  const { name, stem } = companyName(index, seed);
  const segment = rng.weighted(SEGMENT_NAMES.map((s) => [s, SEGMENTS[s].share] as const));
  const spec = SEGMENTS[segment];
  const region = rng.weighted<Region>([['NA', 5], ['EMEA', 3], ['APAC', 1.5], ['LATAM', 0.5]]);
  const tld = rng.weighted([['com', 8], ['io', 1], ['co', 1]]);
  const domain = `${stem}-${index + 1}.${tld}`;
  const domains = rng.chance(0.06) ? [domain, `${stem}-${index + 1}-group.com`] : [domain];

  const isNew = rng.chance(SHARE_OF_NEW_ACCOUNTS);
  // New customers sign inside the window (but not in its last month); the rest signed up to three years earlier.
  const signedDay = isNew
    ? startOfDay(rng.between(timeline.startMs, timeline.asOfMs - 30 * DAY_MS))
    : startOfDay(addMonths(timeline.startMs, -rng.int(1, 36)) + rng.int(0, 27) * DAY_MS);
  const firstKnownMs = Math.max(signedDay, timeline.startMs);

  const [lo, hi] = spec.arr;
  const arr = Math.round(Math.exp(rng.between(Math.log(lo), Math.log(hi))) / 100) * 100;
  const ownerIndex = rng.int(0, staff.reps.length - 1);
  const changeOwner = rng.chance(0.1) && staff.reps.length > 1;
  const ownerChange = changeOwner
    ? { atMs: startOfDay(rng.between(firstKnownMs, timeline.asOfMs)) + 10 * 3_600_000, email: repEmail(staff, otherIndex(rng, staff.reps.length, ownerIndex)) }
    : undefined;
  const contactCount = rng.int(spec.contacts[0], spec.contacts[1]);

  return {
    index,
    number,
    externalId: accountExternalId(index),
    name,
    domains,
    industry: rng.pick(INDUSTRIES),
    segment,
    tier: rng.pick(spec.tiers),
    plan: rng.pick(spec.plans),
    region,
    // Its own stream, so adding the zone left every other draw of the profile as it was.
    timeZone: Random.from(seed, 'time-zone', index).weighted(CUSTOMER_ZONES[region]),
    currency: region === 'EMEA' ? rng.weighted([['EUR', 3], ['GBP', 2], ['USD', 1]]) : 'USD',
    ...(index >= 10 && rng.chance(SHARE_OF_CHILD_ACCOUNTS) ? { parentExternalId: accountExternalId(rng.int(0, index - 1)) } : {}),
    ownerEmail: repEmail(staff, ownerIndex),
    ...(ownerChange && ownerChange.atMs < timeline.asOfMs ? { ownerChange } : {}),
    signedMs: signedDay,
    firstKnownMs,
    arr,
    seats: Math.max(3, Math.round(arr / spec.pricePerSeat)),
    contacts: buildContacts(rng, contactCount, number, domain, firstKnownMs + 3_600_000, timeline.asOfMs),
    featureOrder: [...FEATURES.slice(0, 2), ...rng.shuffle(FEATURES.slice(2))],
  };
}

function repEmail(staff: Staff, i: number): string {
  const rep = staff.reps[i];
  if (!rep) throw new RangeError(`no rep ${i}`);
  return rep.email;
}

/** A uniform index in [0, n) other than `not`. */
function otherIndex(rng: Random, n: number, not: number): number {
  const i = rng.int(0, n - 2);
  return i >= not ? i + 1 : i;
}
