import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../test/error-code.js';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { AuditRepository, UserRepository } from '../store/index.js';
import { AccessError } from './access-error.js';
import { verifyPassword } from './password-hash.js';
import { createUser, disableUser, enableUser, listUsers, setPassword, setRole } from './users.js';

const NOW = '2026-12-02T10:00:00.000Z';
const LATER = '2026-12-02T11:00:00.000Z';
const ADMIN = 'root@example.com';

const codeOf = (promise: Promise<unknown>) => errorCodeOf(promise, AccessError);

for (const dialect of DIALECTS) {
  describe(`user use cases (${dialect})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore(dialect);
    });
    afterAll(() => test.cleanup());
    const audit = async (limit = 1) => (await AuditRepository.list(test.store.db, { limit, entity: 'user' })).map(({ id: _id, ...e }) => e);

    it('refuses a bad email, role or password with a closed code each, and writes nothing', async () => {
      const base = { email: 'ann@example.com', role: 'rep', actor: ADMIN, now: NOW };

      expect(await codeOf(createUser(test.store, { ...base, email: 'ann' }))).toBe('invalid_email');
      expect(await codeOf(createUser(test.store, { ...base, role: 'owner' }))).toBe('invalid_role');
      expect(await codeOf(createUser(test.store, { ...base, password: 'short pass' }))).toBe('weak_password');
      expect(await codeOf(createUser(test.store, { ...base, password: 'x'.repeat(1025) }))).toBe('password_too_long');
      expect(await codeOf(createUser(test.store, { ...base, name: '  ' }))).toBe('invalid_name');
      expect(await listUsers(test.store)).toEqual([]);
      expect(await audit()).toEqual([]);
    });

    it('creates a user with a lower-cased email and a scrypt hash, audited without the hash', async () => {
      const ann = await createUser(test.store, { email: ' Ann@Example.com', name: 'Ann Lee', role: 'rep', password: 'correct horse battery', actor: ADMIN, now: NOW });

      expect(ann).toEqual({ id: expect.any(Number), email: 'ann@example.com', name: 'Ann Lee', role: 'rep', hasPassword: true, createdAt: NOW, updatedAt: NOW });
      const hash = (await UserRepository.credentialsByEmail(test.store.db, 'ann@example.com'))?.passwordHash ?? '';
      expect(await verifyPassword('correct horse battery', hash)).toBe(true);
      expect(await audit()).toEqual([{ at: NOW, actor: ADMIN, action: 'user.create', entity: 'user', entityId: 'ann@example.com', after: ann }]);
      expect(JSON.stringify(await audit())).not.toContain('scrypt');
      expect(await codeOf(createUser(test.store, { email: 'ANN@example.com', role: 'admin', actor: ADMIN, now: NOW }))).toBe('email_taken');
    });

    it('changes a role, sets a password and disables and enables a user, each audited with before and after', async () => {
      const bob = await createUser(test.store, { email: 'bob@example.com', role: 'viewer', actor: ADMIN, now: NOW });
      expect(bob.hasPassword).toBe(false);

      const manager = await setRole(test.store, { email: 'Bob@example.com', role: 'manager', actor: ADMIN, now: LATER });
      expect(manager).toMatchObject({ role: 'manager', updatedAt: LATER });
      expect(await audit()).toEqual([{ at: LATER, actor: ADMIN, action: 'user.role_change', entity: 'user', entityId: 'bob@example.com', before: bob, after: manager }]);
      // The same role again changes nothing and records nothing.
      await setRole(test.store, { email: 'bob@example.com', role: 'manager', actor: ADMIN, now: LATER });
      expect(await audit(10)).toHaveLength(3);

      const withPassword = await setPassword(test.store, { email: 'bob@example.com', password: 'a much longer secret', actor: 'bob@example.com', now: LATER });
      expect(withPassword.hasPassword).toBe(true);
      expect(await audit()).toEqual([{ at: LATER, actor: 'bob@example.com', action: 'user.password_set', entity: 'user', entityId: 'bob@example.com', before: manager, after: { ...withPassword, sessionsEnded: 0 } }]);
      expect(await codeOf(setPassword(test.store, { email: 'bob@example.com', password: 'too short', actor: ADMIN, now: LATER }))).toBe('weak_password');

      const disabled = await disableUser(test.store, { email: 'bob@example.com', actor: ADMIN, now: LATER });
      expect(disabled.disabledAt).toBe(LATER);
      expect(await audit()).toMatchObject([{ action: 'user.disable', before: withPassword, after: disabled }]);
      const enabled = await enableUser(test.store, { email: 'bob@example.com', actor: ADMIN, now: LATER });
      expect(enabled).not.toHaveProperty('disabledAt');
      expect(await audit()).toMatchObject([{ action: 'user.enable', before: disabled, after: enabled }]);

      expect(await codeOf(setRole(test.store, { email: 'nobody@example.com', role: 'rep', actor: ADMIN, now: LATER }))).toBe('unknown_user');
      expect(await codeOf(setRole(test.store, { email: 'bob@example.com', role: 'boss', actor: ADMIN, now: LATER }))).toBe('invalid_role');
    });

    it('keeps the last enabled admin: it cannot be demoted or disabled until there is another', async () => {
      await createUser(test.store, { email: 'first-admin@example.com', role: 'admin', actor: ADMIN, now: NOW });

      expect(await codeOf(setRole(test.store, { email: 'first-admin@example.com', role: 'manager', actor: ADMIN, now: LATER }))).toBe('last_admin');
      expect(await codeOf(disableUser(test.store, { email: 'first-admin@example.com', actor: ADMIN, now: LATER }))).toBe('last_admin');
      await setRole(test.store, { email: 'bob@example.com', role: 'admin', actor: ADMIN, now: LATER });
      expect((await disableUser(test.store, { email: 'first-admin@example.com', actor: ADMIN, now: LATER })).disabledAt).toBe(LATER);
    });

    it('lists users by email', async () => {
      expect((await listUsers(test.store)).map((u) => `${u.email} ${u.role}`)).toEqual(['ann@example.com rep', 'bob@example.com admin', 'first-admin@example.com admin']);
    });
  });
}
