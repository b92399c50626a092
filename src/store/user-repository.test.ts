import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { UserRepository } from './user-repository.js';

const T0 = '2026-12-02T10:00:00.000Z';
const T1 = '2026-12-02T11:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`UserRepository (${dialect})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore(dialect);
    });
    afterAll(() => test.cleanup());

    it('stores the email lower-cased, finds it in any case, and refuses a second user with it', async () => {
      const db = test.store.db;
      const ann = await UserRepository.create(db, { email: ' Ann@Example.COM ', name: 'Ann', role: 'rep', passwordHash: 'scrypt$x', now: T0 });

      expect(ann).toEqual({ id: expect.any(Number), email: 'ann@example.com', name: 'Ann', role: 'rep', hasPassword: true, createdAt: T0, updatedAt: T0 });
      expect(await UserRepository.byEmail(db, 'ANN@example.com')).toEqual(ann);
      expect(await UserRepository.byId(db, ann?.id ?? 0)).toEqual(ann);
      expect(await UserRepository.create(db, { email: 'ann@EXAMPLE.com', role: 'admin', now: T1 })).toBeUndefined();
      expect(await UserRepository.credentialsByEmail(db, 'ann@example.com')).toEqual({ user: ann, passwordHash: 'scrypt$x' });
      expect(await UserRepository.byEmail(db, 'nobody@example.com')).toBeUndefined();
    });

    it('updates role, name, password and disabled state, and counts enabled users of a role', async () => {
      const db = test.store.db;
      const bob = await UserRepository.create(db, { email: 'bob@example.com', role: 'admin', now: T0 });
      const id = bob?.id ?? 0;
      expect(bob).toMatchObject({ hasPassword: false });
      expect(bob).not.toHaveProperty('name');
      expect(await UserRepository.countEnabled(db, 'admin')).toBe(1);

      const changed = await UserRepository.update(db, id, { role: 'manager', name: 'Bob', passwordHash: 'scrypt$y', disabledAt: T1 }, T1);
      expect(changed).toMatchObject({ role: 'manager', name: 'Bob', hasPassword: true, disabledAt: T1, updatedAt: T1, createdAt: T0 });
      expect(await UserRepository.countEnabled(db, 'admin')).toBe(0);
      expect(await UserRepository.update(db, id, { disabledAt: null, name: null }, T1)).not.toHaveProperty('disabledAt');
      expect(await UserRepository.update(db, 999_999, { role: 'rep' }, T1)).toBeUndefined();

      await UserRepository.touchLastLogin(db, id, '2026-12-03T08:00:00.000Z');
      expect(await UserRepository.byId(db, id)).toMatchObject({ lastLoginAt: '2026-12-03T08:00:00.000Z', updatedAt: T1 });
      expect((await UserRepository.list(db)).map((u) => u.email)).toEqual(['ann@example.com', 'bob@example.com']);
    });
  });
}
