import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../test/error-code.js';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { ApiKeyRepository, AuditRepository } from '../store/index.js';
import { AccessError } from './access-error.js';
import { API_KEY_CACHE_MS } from './api-key-cache.js';
import { createApiKey, listApiKeys, resolveApiKey, revokeApiKey } from './api-keys.js';
import { createUser, disableUser, enableUser, setRole } from './users.js';

const T0 = '2026-12-02T10:00:00.000Z';
const ADMIN = 'root@example.com';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

const codeOf = (promise: Promise<unknown>) => errorCodeOf(promise, AccessError);

for (const dialect of DIALECTS) {
  describe(`API keys (${dialect})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      for (const email of ['ci@example.com', 'ops@example.com']) await createUser(test.store, { email, role: 'manager', actor: ADMIN, now: T0 });
    });
    afterAll(() => test.cleanup());
    const create = (name: string, extra: { expiresAt?: string; userEmail?: string } = {}) => createApiKey(test.store, { userEmail: 'ci@example.com', name, createdBy: ADMIN, now: T0, ...extra });

    it('returns the whole key once, stores only its secret hash, and resolves it to its user', async () => {
      const { key, apiKey } = await create('nightly import');

      expect(key).toMatch(/^bw_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/);
      expect(key.split('_')[1]).toBe(apiKey.prefix);
      expect(apiKey).toEqual({ id: expect.any(Number), userId: expect.any(Number), userEmail: 'ci@example.com', name: 'nightly import', prefix: apiKey.prefix, createdAt: T0, createdBy: ADMIN });
      const secret = key.slice(14);
      const rows = await test.store.db.selectFrom('api_keys').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(secret);
      expect(JSON.stringify(await listApiKeys(test.store, { now: T0 }))).not.toContain(secret);
      const [entry] = await AuditRepository.list(test.store.db, { limit: 1 });
      expect(entry).toEqual({ id: expect.any(Number), at: T0, actor: ADMIN, action: 'api_key.create', entity: 'api_key', entityId: apiKey.prefix, after: apiKey });

      expect(await resolveApiKey(test.store, key, at(1))).toEqual({ userId: apiKey.userId, email: 'ci@example.com', role: 'manager', via: 'api_key' });
    });

    it('refuses a tampered secret, an unknown prefix and a malformed key, from the store and from the cache alike', async () => {
      const { key } = await create('tamper');
      const last = key.at(-1) === 'A' ? 'B' : 'A';
      const tampered = `${key.slice(0, -1)}${last}`;

      expect(await resolveApiKey(test.store, tampered, at(1))).toBeUndefined();
      expect(await resolveApiKey(test.store, key, at(1))).toBeDefined();
      expect(await resolveApiKey(test.store, tampered, at(2))).toBeUndefined();
      expect(await resolveApiKey(test.store, `bw_zzzzzzzzzz_${key.slice(14)}`, at(2))).toBeUndefined();
      for (const bad of ['', 'bw_', key.slice(0, -1), `${key}x`, key.replace('bw_', 'xx_')]) expect(await resolveApiKey(test.store, bad, at(2))).toBeUndefined();
    });

    it('stops a revoked key at once in this process, audited with before and after; revoking twice is refused', async () => {
      const { key, apiKey } = await create('to revoke');
      expect(await resolveApiKey(test.store, key, at(1))).toBeDefined();

      const revoked = await revokeApiKey(test.store, { prefix: key, by: 'ops@example.com', now: at(2) });
      expect(revoked).toMatchObject({ prefix: apiKey.prefix, revokedAt: at(2), revokedBy: 'ops@example.com' });
      expect(await resolveApiKey(test.store, key, at(3))).toBeUndefined();
      const [entry] = await AuditRepository.list(test.store.db, { limit: 1 });
      expect(entry).toEqual({ id: expect.any(Number), at: at(2), actor: 'ops@example.com', action: 'api_key.revoke', entity: 'api_key', entityId: apiKey.prefix, before: { ...apiKey, lastUsedAt: at(1) }, after: revoked });
      expect(await codeOf(revokeApiKey(test.store, { prefix: apiKey.prefix, by: ADMIN, now: at(4) }))).toBe('already_revoked');
      expect(await codeOf(revokeApiKey(test.store, { prefix: 'zzzzzzzzzz', by: ADMIN, now: at(4) }))).toBe('unknown_api_key');
    });

    it('a revocation by another process is seen within 30 s: the cache trusts a verified key that long', async () => {
      const { key, apiKey } = await create('other process');
      expect(await resolveApiKey(test.store, key, at(0))).toBeDefined();
      // As another process would: straight to the store, so this process's cache is not told.
      await ApiKeyRepository.revoke(test.store.db, { prefix: apiKey.prefix, at: at(1), by: ADMIN });

      expect(await resolveApiKey(test.store, key, at(API_KEY_CACHE_MS / 1000 - 1))).toBeDefined();
      expect(await resolveApiKey(test.store, key, at(API_KEY_CACHE_MS / 1000))).toBeUndefined();
    });

    it('an expired key does not resolve, even while cached', async () => {
      const { key } = await create('expiring', { expiresAt: at(10) });
      expect(await resolveApiKey(test.store, key, at(9))).toBeDefined();
      expect(await resolveApiKey(test.store, key, at(10))).toBeUndefined();
      expect(await resolveApiKey(test.store, key, at(100))).toBeUndefined();
      expect(await codeOf(create('past', { expiresAt: T0 }))).toBe('expires_in_past');
      expect(await codeOf(create('bad time', { expiresAt: 'tomorrow' }))).toBe('invalid_time');
      expect(await codeOf(create('  '))).toBe('invalid_name');
      expect(await codeOf(create('nobody', { userEmail: 'nobody@example.com' }))).toBe('unknown_user');
    });

    it("follows its user: a new role applies at once, a disabled user's key stops and works again once enabled", async () => {
      const { key } = await createApiKey(test.store, { userEmail: 'ops@example.com', name: 'ops', createdBy: ADMIN, now: T0 });
      expect((await resolveApiKey(test.store, key, at(1)))?.role).toBe('manager');

      await setRole(test.store, { email: 'ops@example.com', role: 'viewer', actor: ADMIN, now: at(2) });
      expect((await resolveApiKey(test.store, key, at(3)))?.role).toBe('viewer');
      await disableUser(test.store, { email: 'ops@example.com', actor: ADMIN, now: at(4) });
      expect(await resolveApiKey(test.store, key, at(5))).toBeUndefined();
      expect(await codeOf(createApiKey(test.store, { userEmail: 'ops@example.com', name: 'another', createdBy: ADMIN, now: at(5) }))).toBe('user_disabled');
      await enableUser(test.store, { email: 'ops@example.com', actor: ADMIN, now: at(6) });
      expect(await resolveApiKey(test.store, key, at(7))).toBeDefined();
    });

    it('records a use at most once a minute however often the key is used', async () => {
      const { key, apiKey } = await create('busy');
      const lastUsed = async () => (await ApiKeyRepository.byPrefix(test.store.db, apiKey.prefix))?.lastUsedAt;

      for (let s = 0; s < 60; s += 5) await resolveApiKey(test.store, key, at(s));
      expect(await lastUsed()).toBe(at(0));
      await resolveApiKey(test.store, key, at(60));
      expect(await lastUsed()).toBe(at(60));
    });

    it('lists keys newest first with their status, for everyone or one user', async () => {
      const all = await listApiKeys(test.store, { now: at(100) });
      expect(all.map((k) => `${k.name} ${k.status}`)).toEqual(expect.arrayContaining(['expiring expired', 'to revoke revoked', 'nightly import active']));
      expect((await listApiKeys(test.store, { userEmail: 'OPS@example.com', now: at(100) })).map((k) => k.name)).toEqual(['ops']);
      expect(await codeOf(listApiKeys(test.store, { userEmail: 'nobody@example.com', now: T0 }))).toBe('unknown_user');
    });
  });
}
