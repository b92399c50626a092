import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../test/error-code.js';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { SessionRepository, UserRepository } from '../store/index.js';
import { AccessError } from './access-error.js';
import { login, logout, resolveSession } from './sessions.js';
import { tokenDigest } from './token-digest.js';
import { createUser, disableUser, setPassword } from './users.js';

const T0 = '2026-12-02T09:00:00.000Z';
const PASSWORD = 'correct horse battery';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

const codeOf = (promise: Promise<unknown>) => errorCodeOf(promise, AccessError);

for (const dialect of DIALECTS) {
  describe(`sessions (${dialect})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      for (const email of ['ann@example.com', 'bob@example.com']) await createUser(test.store, { email, name: 'Ann', role: 'rep', password: PASSWORD, actor: 'root@example.com', now: T0 });
      await createUser(test.store, { email: 'keys-only@example.com', role: 'viewer', actor: 'root@example.com', now: T0 });
    });
    afterAll(() => test.cleanup());

    it('logs in with the right password: a 256-bit token, stored only as its hash, resolving to the user', async () => {
      const result = await login(test.store, { email: 'ANN@example.com', password: PASSWORD, now: T0 });

      expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(result.expiresAt).toBe(at(12));
      expect(result.user).toMatchObject({ email: 'ann@example.com', lastLoginAt: T0 });
      expect(await UserRepository.byEmail(test.store.db, 'ann@example.com')).toMatchObject({ lastLoginAt: T0 });
      expect((await SessionRepository.withUser(test.store.db, tokenDigest(result.token)))?.session.expiresAt).toBe(at(12));
      expect(await SessionRepository.withUser(test.store.db, result.token)).toBeUndefined();
      expect(await resolveSession(test.store, result.token, at(1))).toEqual({ userId: result.user.id, email: 'ann@example.com', name: 'Ann', role: 'rep', via: 'session' });
    });

    it('gives the same error, after the same scrypt work, for a wrong password, an unknown email and a user without a password', async () => {
      const timed = async (email: string, password: string) => {
        const start = performance.now();
        const code = await codeOf(login(test.store, { email, password, now: T0 }));
        return { code, ms: performance.now() - start };
      };
      await timed('warm-up@example.com', PASSWORD);
      const wrong = await timed('ann@example.com', 'wrong horse battery');
      const unknown = await timed('nobody@example.com', PASSWORD);
      const keysOnly = await timed('keys-only@example.com', PASSWORD);

      expect([wrong.code, unknown.code, keysOnly.code]).toEqual(['invalid_credentials', 'invalid_credentials', 'invalid_credentials']);
      // Each ran one scrypt (tens of ms): an unknown email is not answered from a fast path.
      expect(Math.min(unknown.ms, keysOnly.ms)).toBeGreaterThan(wrong.ms / 4);
    });

    it('slides 12 hours past each use, but never beyond 7 days after login', async () => {
      const { token } = await login(test.store, { email: 'ann@example.com', password: PASSWORD, now: T0 });
      const expiry = async () => (await SessionRepository.withUser(test.store.db, tokenDigest(token)))?.session.expiresAt;

      // Used every 11 hours, it lives on.
      for (let h = 11; h < 7 * 24; h += 11) expect(await resolveSession(test.store, token, at(h))).toBeDefined();
      expect(await expiry()).toBe(at(7 * 24));
      expect(await resolveSession(test.store, token, at(7 * 24 - 0.01))).toBeDefined();
      expect(await resolveSession(test.store, token, at(7 * 24))).toBeUndefined();

      // Idle for 12 hours, it ends.
      const idle = await login(test.store, { email: 'ann@example.com', password: PASSWORD, now: T0 });
      expect(await resolveSession(test.store, idle.token, at(11.9))).toBeDefined();
      expect(await resolveSession(test.store, idle.token, at(23.8))).toBeDefined();
      expect(await resolveSession(test.store, idle.token, at(35.8))).toBeUndefined();
    });

    it('writes a use at most once a minute', async () => {
      const { token } = await login(test.store, { email: 'ann@example.com', password: PASSWORD, now: T0 });
      const seen = async () => (await SessionRepository.withUser(test.store.db, tokenDigest(token)))?.session.lastSeenAt;
      await resolveSession(test.store, token, '2026-12-02T09:00:30.000Z');
      expect(await seen()).toBe(T0);
      await resolveSession(test.store, token, '2026-12-02T09:01:00.000Z');
      expect(await seen()).toBe('2026-12-02T09:01:00.000Z');
    });

    it('ends a session at logout, and refuses malformed and unknown tokens', async () => {
      const { token } = await login(test.store, { email: 'ann@example.com', password: PASSWORD, now: T0 });

      expect(await logout(test.store, token, at(1))).toBe(true);
      expect(await resolveSession(test.store, token, at(1))).toBeUndefined();
      expect(await logout(test.store, token, at(1))).toBe(false);
      expect(await resolveSession(test.store, 'x'.repeat(43), at(1))).toBeUndefined();
      expect(await resolveSession(test.store, '', at(1))).toBeUndefined();
    });

    it("stops a disabled user's sessions and login; a new password ends the user's other sessions", async () => {
      const bob = await login(test.store, { email: 'bob@example.com', password: PASSWORD, now: T0 });
      await setPassword(test.store, { email: 'bob@example.com', password: 'a brand new password', actor: 'bob@example.com', now: at(1) });
      expect(await resolveSession(test.store, bob.token, at(1))).toBeUndefined();

      const again = await login(test.store, { email: 'bob@example.com', password: 'a brand new password', now: at(2) });
      expect(await resolveSession(test.store, again.token, at(2))).toBeDefined();
      await disableUser(test.store, { email: 'bob@example.com', actor: 'root@example.com', now: at(3) });
      expect(await resolveSession(test.store, again.token, at(3))).toBeUndefined();
      expect(await codeOf(login(test.store, { email: 'bob@example.com', password: 'a brand new password', now: at(4) }))).toBe('user_disabled');
      expect(await codeOf(login(test.store, { email: 'bob@example.com', password: 'a wrong password!', now: at(4) }))).toBe('invalid_credentials');
    });
  });
}
