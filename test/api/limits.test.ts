import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/index.js';
import { startApiHarness, type ApiHarness } from './api-harness.js';

describe('API limits and headers', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApiHarness('sqlite', { config: { bodyLimitBytes: 2048, rateLimitPerMinute: 5 } });
  }, 120_000);
  afterAll(async () => h?.close());

  it('answers 413 with a problem for a body over the limit', async () => {
    const res = await h.fetchAs('admin', '/api/v1/models/validate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: 'x'.repeat(10_000) }) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { type: string }).type).toBe('https://bellwether.dev/problems/payload-too-large');
  });

  it('rate-limits each key on its own, with RateLimit headers and Retry-After', async () => {
    let res: Response | undefined;
    for (let i = 0; i < 6; i++) res = await h.fetchAs('viewer', '/api/v1/auth/me');
    expect(res?.status).toBe(429);
    expect(res?.headers.get('retry-after')).toMatch(/^\d+$/);
    // Another key still has its allowance.
    const other = await h.fetchAs('otherRep', '/api/v1/auth/me');
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit')).toMatch(/limit=5/);
  });

  it('sends security headers and no CORS headers', async () => {
    const res = await fetch(`${h.base}/health`, { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a cross-site change made with the session cookie', async () => {
    const login = await fetch(`${h.base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: h.emails.rep, password: DEMO_PASSWORD }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const account = h.repAccounts[0] as string;
    const res = await fetch(`${h.base}/api/v1/auth/logout`, { method: 'POST', headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    // The session survived.
    expect((await fetch(`${h.base}/api/v1/accounts/${account}`, { headers: { cookie } })).status).toBe(200);
  });
});
