import { activeModel, createApiKey, createUser } from '../src/app/index.js';
import type { Store } from '../src/store/index.js';
import { SCORE_AS_OF } from './score-phase.js';

const DAY_MS = 86_400_000;
const MANAGER_EMAIL = 'bench-manager@bellwether.local';

/** One load the benchmark puts on the API, with the target for it. */
export interface ApiScenario {
  readonly name: string;
  /** What it asks, for the report. */
  readonly description: string;
  readonly key: string;
  /** The path of the next request; the detail scenario names another account each time. */
  readonly nextPath: () => string;
  readonly target: { readonly p95Ms: number; readonly minRequestsPerSecond?: number };
}

export interface ApiScenarioSet {
  readonly scenarios: readonly ApiScenario[];
  /** What the scenarios were built from, for the report. */
  readonly facts: { readonly accounts: number; readonly scoredAccounts: number; readonly band: string; readonly bandAccounts: number; readonly rep: string; readonly repAccounts: number; readonly segment: string; readonly renewalFrom: string; readonly renewalTo: string };
}

/** The targets: a page of the portfolio and an account, each p95 under 50 ms; the list at 1,000 requests/s or more. */
export const API_TARGETS = { p95Ms: 50, listRequestsPerSecond: 1000 } as const;

/** Every item once, in an order fixed by the seed (Fisher-Yates with a small LCG): no two neighbours share index pages by accident. */
function shuffled<T>(items: readonly T[], seed = 1): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const constant = (path: string) => () => path;

/**
 * Users, keys and the four scenarios, built from the data in the store: a manager and the
 * rep who owns the most accounts, each with an API key; the portfolio filtered by the
 * biggest band of the first scorecard and sorted by score, as the manager and as the rep
 * (their own book); by the biggest segment renewing in the 90 days after the moment scored,
 * largest ARR first; and the detail of every account in a shuffled order.
 */
export async function apiScenarios(store: Store, now: string): Promise<ApiScenarioSet> {
  const { db } = store;
  const { model } = await activeModel(store, { now, actor: 'bench' });
  const scorecard = model.scorecards[0]?.name ?? 'health';
  const bands = await db.selectFrom('current_scores').select(['band', (eb) => eb.fn.countAll<number>().as('n')]).where('model_version', '=', model.version).where('scorecard', '=', scorecard).where('band', 'is not', null).groupBy('band').orderBy('n', 'desc').execute();
  const owners = await db.selectFrom('accounts').select(['owner_email', (eb) => eb.fn.countAll<number>().as('n')]).where('owner_email', 'is not', null).groupBy('owner_email').orderBy('n', 'desc').orderBy('owner_email').limit(1).execute();
  const segments = await db.selectFrom('accounts').select(['segment', (eb) => eb.fn.countAll<number>().as('n')]).where('segment', 'is not', null).groupBy('segment').orderBy('n', 'desc').limit(1).execute();
  const ids = (await db.selectFrom('accounts').select('external_id').orderBy('id').execute()).map((r) => r.external_id);
  const band = bands[0];
  const owner = owners[0];
  const segment = segments[0]?.segment;
  if (!band?.band || !owner?.owner_email || !segment || ids.length === 0) throw new Error('the store holds no scored accounts with owners and segments');

  await createUser(store, { email: MANAGER_EMAIL, role: 'manager', actor: 'bench', now });
  await createUser(store, { email: owner.owner_email, role: 'rep', actor: 'bench', now });
  const managerKey = (await createApiKey(store, { userEmail: MANAGER_EMAIL, name: 'api bench', createdBy: 'bench', now })).key;
  const repKey = (await createApiKey(store, { userEmail: owner.owner_email, name: 'api bench', createdBy: 'bench', now })).key;

  const renewalFrom = SCORE_AS_OF.slice(0, 10);
  const renewalTo = new Date(Date.parse(SCORE_AS_OF) + 90 * DAY_MS).toISOString().slice(0, 10);
  const listTarget = { p95Ms: API_TARGETS.p95Ms, minRequestsPerSecond: API_TARGETS.listRequestsPerSecond };
  const bandQuery = `band=${encodeURIComponent(band.band)}&sort=score&limit=50`;
  const order = shuffled(ids);
  let next = 0;
  const scenarios: ApiScenario[] = [
    { name: 'list-manager', description: `manager: ${bandQuery}`, key: managerKey, nextPath: constant(`/api/v1/accounts?${bandQuery}`), target: listTarget },
    { name: 'list-rep', description: 'rep, own book: sort=score&limit=50', key: repKey, nextPath: constant('/api/v1/accounts?sort=score&limit=50'), target: listTarget },
    {
      name: 'list-segment',
      description: `manager: segment=${segment}&renewal ${renewalFrom}..${renewalTo}&sort=arr desc`,
      key: managerKey,
      nextPath: constant(`/api/v1/accounts?segment=${encodeURIComponent(segment)}&renewalFrom=${renewalFrom}&renewalTo=${renewalTo}&sort=arr&direction=desc&limit=50`),
      target: listTarget,
    },
    {
      name: 'detail',
      description: `manager: /accounts/{id}, ${order.length.toLocaleString('en-US')} ids shuffled`,
      key: managerKey,
      nextPath: () => `/api/v1/accounts/${encodeURIComponent(order[next++ % order.length]!)}`,
      target: { p95Ms: API_TARGETS.p95Ms },
    },
  ];
  const scored = bands.reduce((n, b) => n + Number(b.n), 0);
  return {
    scenarios,
    facts: { accounts: ids.length, scoredAccounts: scored, band: band.band, bandAccounts: Number(band.n), rep: owner.owner_email, repAccounts: Number(owner.n), segment, renewalFrom, renewalTo },
  };
}
