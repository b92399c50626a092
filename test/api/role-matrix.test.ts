import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness, type HarnessRole } from './api-harness.js';

/** What a role gets: a success (any 2xx), 400 (allowed, but the body is refused), 403 (may see but not do) or 404 (may not know it exists). */
type Outcome = 'ok' | 400 | 403 | 404;

interface Case {
  readonly name: string;
  readonly method?: string;
  /** The path, given the harness (the accounts differ per run). */
  readonly path: (h: ApiHarness) => string;
  readonly body?: unknown;
  readonly contentType?: string;
  readonly expect: Readonly<Record<HarnessRole, Outcome>>;
}

const all = (o: Outcome): Record<HarnessRole, Outcome> => ({ admin: o, manager: o, rep: o, otherRep: o, viewer: o });
const own = (h: ApiHarness) => h.repAccounts[0] as string;
const others = (h: ApiHarness) => h.otherRepAccounts[0] as string;
/** On the rep's own account: otherRep is the one who may not see it. */
const onOwn = (viewer: Outcome, writer: Outcome = 'ok'): Record<HarnessRole, Outcome> => ({ admin: writer, manager: writer, rep: writer, otherRep: 404, viewer });

const CASES: readonly Case[] = [
  { name: 'portfolio list', path: () => '/api/v1/accounts', expect: all('ok') },
  { name: 'portfolio CSV export', path: () => '/api/v1/accounts?format=csv', expect: all('ok') },
  { name: 'account detail', path: (h) => `/api/v1/accounts/${own(h)}`, expect: onOwn('ok') },
  { name: 'explain', path: (h) => `/api/v1/accounts/${own(h)}/explain`, expect: onOwn('ok') },
  { name: 'history', path: (h) => `/api/v1/accounts/${own(h)}/history`, expect: onOwn('ok') },
  { name: 'why-changed', path: (h) => `/api/v1/accounts/${own(h)}/why-changed?from=2026-09-01`, expect: onOwn('ok') },
  { name: 'evidence: invoices', path: (h) => `/api/v1/accounts/${own(h)}/records/invoices`, expect: onOwn('ok') },
  { name: 'overrides list', path: (h) => `/api/v1/accounts/${own(h)}/overrides`, expect: onOwn('ok') },
  { name: 'pulses list', path: (h) => `/api/v1/accounts/${own(h)}/pulses`, expect: onOwn('ok') },
  { name: 'shares list', path: (h) => `/api/v1/accounts/${own(h)}/shares`, expect: onOwn('ok') },
  { name: 'account audit', path: (h) => `/api/v1/accounts/${own(h)}/audit`, expect: onOwn(403) },
  { name: 'set an override', method: 'POST', path: (h) => `/api/v1/accounts/${own(h)}/overrides`, body: { delta: -5, reason: 'role matrix check' }, expect: onOwn(403) },
  { name: 'set a pulse', method: 'POST', path: (h) => `/api/v1/accounts/${own(h)}/pulses`, body: { rating: 'yellow', note: 'role matrix check' }, expect: onOwn(403) },
  { name: 'share an account', method: 'PUT', path: (h) => `/api/v1/accounts/${own(h)}/shares/${h.emails.viewer}`, expect: { admin: 'ok', manager: 'ok', rep: 403, otherRep: 404, viewer: 403 } },
  { name: 'activities', path: (h) => `/api/v1/accounts/${own(h)}/activities`, expect: onOwn('ok') },
  { name: 'email threads', path: (h) => `/api/v1/accounts/${own(h)}/threads`, expect: onOwn('ok') },
  { name: 'engagement', path: (h) => `/api/v1/accounts/${own(h)}/engagement`, expect: onOwn('ok') },
  { name: "another rep's account", path: (h) => `/api/v1/accounts/${others(h)}`, expect: { admin: 'ok', manager: 'ok', rep: 404, otherRep: 'ok', viewer: 'ok' } },
  { name: 'audit log', path: () => '/api/v1/audit', expect: { admin: 'ok', manager: 'ok', rep: 'ok', otherRep: 'ok', viewer: 403 } },
  { name: 'active model', path: () => '/api/v1/models/active', expect: all('ok') },
  { name: 'model versions', path: () => '/api/v1/models', expect: all('ok') },
  { name: 'validate a model', method: 'POST', path: () => '/api/v1/models/validate', body: { source: 'name: x' }, expect: all(400) },
  { name: 'activate a model', method: 'POST', path: () => '/api/v1/models/activate', body: { source: 'name: x' }, expect: { admin: 400, manager: 400, rep: 403, otherRep: 403, viewer: 403 } },
  { name: 'import runs', path: () => '/api/v1/imports', expect: { admin: 'ok', manager: 'ok', rep: 403, otherRep: 403, viewer: 403 } },
  { name: 'push records (none)', method: 'POST', path: () => '/api/v1/records/tickets', body: [], expect: { admin: 'ok', manager: 'ok', rep: 403, otherRep: 403, viewer: 403 } },
  { name: 'unmatched addresses', path: () => '/api/v1/unmatched-addresses', expect: { admin: 'ok', manager: 'ok', rep: 403, otherRep: 403, viewer: 403 } },
  { name: 'unmatched activities', path: () => '/api/v1/unmatched-activities', expect: { admin: 'ok', manager: 'ok', rep: 403, otherRep: 403, viewer: 403 } },
  { name: 'address assignments', path: () => '/api/v1/address-assignments', expect: { admin: 'ok', manager: 'ok', rep: 403, otherRep: 403, viewer: 403 } },
  { name: 'assign an address (bad)', method: 'POST', path: () => '/api/v1/address-assignments', body: { address: 'not an address', accountId: 'ACC-000001' }, expect: { admin: 400, manager: 400, rep: 403, otherRep: 403, viewer: 403 } },
  { name: 'import settings', path: () => '/api/v1/settings/import', expect: { admin: 'ok', manager: 'ok', rep: 403, otherRep: 403, viewer: 403 } },
  { name: 'change import settings', method: 'PATCH', path: () => '/api/v1/settings/import', body: { storeBodies: true }, expect: { admin: 'ok', manager: 403, rep: 403, otherRep: 403, viewer: 403 } },
  { name: 'users', path: () => '/api/v1/users', expect: { admin: 'ok', manager: 403, rep: 403, otherRep: 403, viewer: 403 } },
  { name: 'own API keys', path: () => '/api/v1/api-keys', expect: all('ok') },
  { name: "another user's API keys", path: (h) => `/api/v1/api-keys?user=${h.emails.manager}`, expect: { admin: 'ok', manager: 'ok', rep: 403, otherRep: 403, viewer: 403 } },
];

describe('role matrix: each role against each resource', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApiHarness('sqlite');
  }, 120_000);
  afterAll(async () => h?.close());

  it('gives each role exactly what the permission table allows', async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const c of CASES) {
      for (const role of Object.keys(c.expect) as HarnessRole[]) {
        const init: RequestInit = { method: c.method ?? 'GET', ...(c.body !== undefined ? { body: JSON.stringify(c.body), headers: { 'content-type': 'application/json' } } : {}) };
        const res = await h.fetchAs(role, c.path(h), init);
        await res.arrayBuffer();
        const outcome = res.status >= 200 && res.status < 300 ? 'ok' : res.status;
        got.push(`${c.name} as ${role}: ${outcome}`);
        want.push(`${c.name} as ${role}: ${c.expect[role]}`);
      }
    }
    expect(got).toEqual(want);
  });
});
