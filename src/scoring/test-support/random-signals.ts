import type { Activity, Participant } from '../../domain/index.js';
import type { AccountSignals, Known } from '../account-signals.js';
import { account, activity, invoice, payment, pulse, signals, survey, ticket, usage } from './signals-fixture.js';

/** mulberry32: a tiny seeded PRNG, so property tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const END = Date.parse('2025-06-30T00:00:00.000Z');

const RESPONSES = ['accepted', 'declined', 'tentative', 'needs_action'] as const;
const STATUSES = ['completed', 'completed', 'completed', 'scheduled', 'cancelled', 'no_show'] as const;

/**
 * An email, meeting or call at a whole hour, with people of both sides: emails in threads of a
 * few weeks each (some answered, some not), meetings with or without response statuses.
 */
function randomActivity(rand: () => number, n: number, i: number): Known<Activity> {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const daysBefore = int(-20, 730);
  const at = new Date(END - daysBefore * DAY + int(0, 23) * 3_600_000).toISOString();
  const type = (['email', 'email', 'meeting', 'call'] as const)[int(0, 3)] ?? 'email';
  const direction = rand() < 0.4 ? 'inbound' : rand() < 0.93 ? 'outbound' : 'internal';
  const customer = (role: Participant['role']): Participant => ({ email: `c${int(0, 4)}@acc${n}.com`, role, ...(rand() < 0.7 ? { side: 'customer' as const } : {}) });
  const ours = (role: Participant['role']): Participant => ({ email: `rep${int(0, 2)}@us.com`, role, side: 'internal' });
  if (type === 'email') {
    const participants = direction === 'inbound' ? [customer('from'), ours('to')] : direction === 'outbound' ? [ours('from'), customer('to')] : [ours('from'), ours('to')];
    return activity(`ACT-${n}-${i}`, at, { type, direction, participants, ...(rand() < 0.8 ? { threadId: `THR-${n}-${Math.floor(daysBefore / 20)}-${int(0, 1)}` } : { subject: 'Re: Rollout' }) });
  }
  const statuses = rand() < 0.7;
  const attendee = (): Participant => ({ ...customer('attendee'), ...(statuses ? { responseStatus: RESPONSES[int(0, 3)] ?? 'accepted' } : {}) });
  const participants = type === 'meeting' ? [ours('organizer'), ...Array.from({ length: int(0, 3) }, attendee)] : [];
  return activity(`ACT-${n}-${i}`, at, { type, direction, status: STATUSES[int(0, 5)] ?? 'completed', participants });
}

/** A random account with 24 months of some kinds of signal (any kind may be absent), dated around asOf. */
export function randomSignals(rand: () => number, n: number): AccountSignals {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const when = () => new Date(END - int(-20, 730) * DAY).toISOString();
  const day = () => when().slice(0, 10);
  const has = () => rand() < 0.7;
  const seats = rand() < 0.9 ? int(1, 500) : undefined;
  const list = <T>(max: number, make: (i: number) => T): T[] => (has() ? Array.from({ length: int(0, max) }, (_, i) => make(i)) : []);
  return signals({
    account: account({ id: n, externalId: `ACC-${n}`, domains: [`acc${n}.com`], attributes: { ...(rand() < 0.5 ? { time_zone: (['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Not/AZone'] as const)[int(0, 3)] ?? 'UTC' } : {}) }, seats, arr: rand() < 0.9 ? int(0, 500_000) : undefined, tier: rand() < 0.3 ? 'premium' : 'standard', segment: rand() < 0.2 ? 'Enterprise' : 'SMB', ...(rand() < 0.8 ? { renewalDate: day() } : {}) }),
    invoices: list(24, (i) => {
      const due = day();
      return invoice(`INV-${n}-${i}`, due, rand() < 0.7 ? new Date(Date.parse(due) + int(-5, 90) * DAY).toISOString() : undefined, { amount: int(0, 50_000), ...(rand() < 0.1 ? { status: 'uncollectible' } : {}) });
    }),
    payments: list(30, (i) => payment(`PAY-${n}-${i}`, when(), rand() < 0.2 ? 'failed' : 'succeeded')),
    tickets: list(40, (i) => {
      const opened = when();
      const closed = rand() < 0.8 ? new Date(Date.parse(opened) + int(0, 30) * DAY).toISOString() : undefined;
      return ticket(`TKT-${n}-${i}`, opened, {
        priority: (['low', 'normal', 'high', 'urgent'] as const)[int(0, 3)] ?? 'normal',
        escalations: int(0, 2),
        reopenings: int(0, 2),
        ...(closed ? { closedAt: closed, ...(rand() < 0.5 ? { csat: int(1, 5) } : {}) } : {}),
      });
    }),
    usageDays: list(104, () => usage(day(), seats ? int(0, seats * 1.2) : int(0, 50), ['dashboards', 'reports', 'api', 'alerts'].slice(0, int(0, 4)))),
    surveyResponses: list(10, (i) => {
      const kind = (['nps', 'csat', 'ces'] as const)[int(0, 2)] ?? 'nps';
      return survey(`SRV-${n}-${i}`, kind, kind === 'nps' ? int(0, 10) : kind === 'csat' ? int(1, 5) : int(1, 7), when());
    }),
    activities: list(60, (i) => randomActivity(rand, n, i)),
    metricValues: list(24, () => {
      const at = when();
      return { accountExternalId: `ACC-${n}`, metric: 'api_calls_k', observedAt: at, value: rand() * 1000, knownAt: at };
    }),
    contacts: list(8, (i) => ({ email: `c${i}@acc${n}.com`, role: rand() < 0.3 ? 'champion' : 'user', knownAt: when() })),
    pulses: list(3, () => pulse((['red', 'yellow', 'green'] as const)[int(0, 2)] ?? 'green', when(), rand() < 0.5 ? when() : undefined)),
    overrides:
      rand() < 0.2
        ? [{ accountExternalId: `ACC-${n}`, mode: rand() < 0.5 ? 'absolute' : 'delta', value: int(-100, 100), reason: 'property test', authorEmail: 'p@us.com', createdAt: when(), ...(rand() < 0.5 ? { expiresAt: when() } : {}) }]
        : [],
  });
}
