import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../test/error-code.js';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { AuditRepository, SettingsRepository } from '../store/index.js';
import { AccessError } from './access-error.js';
import { BOOTSTRAP_SETTING, ensureBootstrapToken, redeemBootstrapToken } from './bootstrap.js';
import { login } from './sessions.js';
import { createUser } from './users.js';

const T0 = '2026-12-02T10:00:00.000Z';
const T1 = '2026-12-02T11:00:00.000Z';
const PASSWORD = 'correct horse battery';

const codeOf = (promise: Promise<unknown>) => errorCodeOf(promise, AccessError);

for (const dialect of DIALECTS) {
  describe(`bootstrap token (${dialect})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore(dialect);
    });
    afterAll(() => test.cleanup());
    const redeem = (token: string, email = 'first@example.com') => redeemBootstrapToken(test.store, { token, email, name: 'First', password: PASSWORD, now: T1 });

    it('issues a new token at each start while there is no admin, storing only its hash', async () => {
      const first = await ensureBootstrapToken(test.store, T0);
      const second = await ensureBootstrapToken(test.store, T0);

      expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(second).not.toBe(first);
      expect(await SettingsRepository.get(test.store.db, BOOTSTRAP_SETTING)).not.toContain(second);
      // Only the newest works.
      expect(await codeOf(redeem(first ?? ''))).toBe('invalid_bootstrap_token');
      expect((await AuditRepository.list(test.store.db, { limit: 10 })).map((e) => e.action)).toEqual(['bootstrap.issue', 'bootstrap.issue']);
    });

    it('creates the first admin once: the token is gone afterwards, and no new one is issued', async () => {
      const token = (await ensureBootstrapToken(test.store, T0)) ?? '';
      expect(await codeOf(redeemBootstrapToken(test.store, { token, email: 'first@example.com', password: 'short', now: T1 }))).toBe('weak_password');

      const { user, principal } = await redeem(token);
      expect(user).toMatchObject({ email: 'first@example.com', name: 'First', role: 'admin', hasPassword: true });
      expect(principal).toEqual({ userId: user.id, email: 'first@example.com', name: 'First', role: 'admin', via: 'bootstrap' });
      expect((await login(test.store, { email: 'first@example.com', password: PASSWORD, now: T1 })).user.role).toBe('admin');
      expect((await AuditRepository.list(test.store.db, { limit: 2 })).map(({ id: _id, ...e }) => e)).toEqual([
        { at: T1, actor: 'first@example.com', action: 'bootstrap.redeem', entity: 'setting', entityId: BOOTSTRAP_SETTING, before: { issuedAt: T0 }, after: { admin: 'first@example.com' } },
        { at: T1, actor: 'first@example.com', action: 'user.create', entity: 'user', entityId: 'first@example.com', after: user },
      ]);

      expect(await codeOf(redeem(token, 'second@example.com'))).toBe('bootstrap_closed');
      expect(await SettingsRepository.get(test.store.db, BOOTSTRAP_SETTING)).toBeUndefined();
      expect(await ensureBootstrapToken(test.store, T1)).toBeUndefined();
    });

    it('is refused once an admin exists by other means, even with a token issued before', async () => {
      const other = await createTestStore(dialect);
      try {
        const token = (await ensureBootstrapToken(other.store, T0)) ?? '';
        await createUser(other.store, { email: 'cli-admin@example.com', role: 'admin', actor: 'local', now: T0 });
        expect(await codeOf(redeemBootstrapToken(other.store, { token, email: 'late@example.com', password: PASSWORD, now: T1 }))).toBe('bootstrap_closed');
        expect(await ensureBootstrapToken(other.store, T1)).toBeUndefined();
      } finally {
        await other.cleanup();
      }
    });
  });
}
