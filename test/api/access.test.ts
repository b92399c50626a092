import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/app/index.js';
import { DIALECTS } from '../test-setup.js';
import { startApiHarness, type ApiHarness } from './api-harness.js';

const json = (body: unknown, method = 'POST') => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

for (const dialect of DIALECTS) {
  describe(`access API (${dialect})`, () => {
    let h: ApiHarness;
    beforeAll(async () => {
      h = await startApiHarness(dialect, { config: { loginAttemptsPerMinute: 3 } });
    }, 120_000);
    afterAll(async () => h?.close());

    it('signs in with email and password, serves the session, and signs out', async () => {
      const login = await fetch(`${h.base}/api/v1/auth/login`, json({ email: h.emails.rep, password: DEMO_PASSWORD }));
      expect(login.status).toBe(200);
      const setCookie = login.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/bw_session=[\w-]+;.*HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      const cookie = setCookie.split(';')[0] as string;
      const me = await fetch(`${h.base}/api/v1/auth/me`, { headers: { cookie } });
      expect(await me.json()).toMatchObject({ email: h.emails.rep, role: 'rep', via: 'session' });
      expect((await fetch(`${h.base}/api/v1/auth/logout`, { method: 'POST', headers: { cookie } })).status).toBe(204);
      expect((await fetch(`${h.base}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(401);
    });

    it('refuses a wrong password with invalid-credentials, then rate-limits attempts', async () => {
      const email = h.emails.otherRep;
      const first = await fetch(`${h.base}/api/v1/auth/login`, json({ email, password: 'wrong password here' }));
      expect(first.status).toBe(401);
      expect(((await first.json()) as { type: string }).type).toBe('https://bellwether.dev/problems/invalid-credentials');
      let last = first;
      for (let i = 0; i < 3; i++) last = await fetch(`${h.base}/api/v1/auth/login`, json({ email, password: 'wrong password here' }));
      expect(last.status).toBe(429);
      expect(last.headers.get('content-type')).toBe('application/problem+json');
    });

    it('lets an admin create a user who then signs in; a manager may not', async () => {
      const user = { email: 'new.rep@example.com', role: 'rep', password: 'a long enough password' };
      expect((await h.json('manager', '/api/v1/users', json(user))).status).toBe(403);
      const created = await h.json('admin', '/api/v1/users', json(user));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ email: 'new.rep@example.com', role: 'rep', hasPassword: true });
      expect(created.body).not.toHaveProperty('password_hash');
      expect((await h.json('admin', '/api/v1/users', json(user))).status).toBe(409);
      const weak = await h.json('admin', '/api/v1/users', json({ ...user, email: 'weak@example.com', password: 'short' }));
      expect(weak.status).toBe(400);
      expect(weak.body.errors[0]).toMatchObject({ field: 'password' });
      const login = await fetch(`${h.base}/api/v1/auth/login`, json({ email: user.email, password: user.password }));
      expect(login.status).toBe(200);
      const disabled = await h.json('admin', `/api/v1/users/${user.email}`, json({ disabled: true }, 'PATCH'));
      expect(disabled.body.disabledAt).toEqual(expect.any(String));
      expect((await fetch(`${h.base}/api/v1/auth/login`, json({ email: user.email, password: user.password }))).status).toBe(401);
    });

    it('shows a new API key once, lists it without the secret, and stops it when revoked', async () => {
      const created = await h.json('viewer', '/api/v1/api-keys', json({ name: 'report script' }));
      expect(created.status).toBe(201);
      const key = created.body.key as string;
      const parts = /^bw_([a-z0-9]+)_([\w-]+)$/.exec(key);
      expect(parts, key).not.toBeNull();
      // The secret is base64url and may itself hold underscores: it is everything after the prefix.
      const secret = parts![2]!;
      const listed = await h.json('viewer', '/api/v1/api-keys');
      expect(JSON.stringify(listed.body)).toContain(parts![1]);
      expect(JSON.stringify(listed.body)).not.toContain(secret);
      expect(listed.body.items.map((k: { name: string }) => k.name)).toContain('report script');
      const ok = await fetch(`${h.base}/api/v1/accounts?limit=1`, { headers: { authorization: `Bearer ${key}` } });
      expect(ok.status).toBe(200);
      // A rep cannot revoke someone else's key: not found.
      expect((await h.json('rep', `/api/v1/api-keys/${created.body.apiKey.prefix}`, { method: 'DELETE' })).status).toBe(404);
      expect((await h.json('viewer', `/api/v1/api-keys/${created.body.apiKey.prefix}`, { method: 'DELETE' })).status).toBe(200);
      expect((await fetch(`${h.base}/api/v1/accounts?limit=1`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(401);
    });

    it('shares an account with a rep, who then sees it; a rep may not share', async () => {
      const account = h.otherRepAccounts[0] as string;
      expect((await h.json('rep', `/api/v1/accounts/${account}`)).status).toBe(404);
      expect((await h.json('otherRep', `/api/v1/accounts/${account}/shares/${h.emails.rep}`, { method: 'PUT' })).status).toBe(403);
      const shared = await h.json('manager', `/api/v1/accounts/${account}/shares/${h.emails.rep}`, { method: 'PUT' });
      expect(shared.status).toBe(200);
      expect((await h.json('rep', `/api/v1/accounts/${account}`)).status).toBe(200);
      const list = await h.json('rep', '/api/v1/accounts?limit=200');
      expect(list.body.items.map((r: { externalId: string }) => r.externalId)).toContain(account);
      expect((await h.json('manager', `/api/v1/accounts/${account}/shares/${h.emails.rep}`, { method: 'DELETE' })).status).toBe(204);
      expect((await h.json('rep', `/api/v1/accounts/${account}`)).status).toBe(404);
    });
  });
}
