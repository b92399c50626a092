import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { SessionRepository } from './session-repository.js';
import { UserRepository } from './user-repository.js';

const T0 = '2026-12-02T10:00:00.000Z';
const T1 = '2026-12-02T11:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`SessionRepository (${dialect})`, () => {
    let test: TestStore;
    let userId = 0;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      userId = (await UserRepository.create(test.store.db, { email: 'ann@example.com', role: 'rep', now: T0 }))?.id ?? 0;
    });
    afterAll(() => test.cleanup());

    it('reads a session with its user, slides it, and revokes it once', async () => {
      const db = test.store.db;
      await SessionRepository.create(db, { id: 's1', userId, createdAt: T0, expiresAt: '2026-12-02T22:00:00.000Z' });
      await SessionRepository.touch(db, 's1', { lastSeenAt: T1, expiresAt: '2026-12-02T23:00:00.000Z' });

      const found = await SessionRepository.withUser(db, 's1');
      expect(found?.session).toEqual({ id: 's1', userId, createdAt: T0, expiresAt: '2026-12-02T23:00:00.000Z', lastSeenAt: T1 });
      expect(found?.user).toMatchObject({ id: userId, email: 'ann@example.com', role: 'rep' });
      expect(await SessionRepository.revoke(db, 's1', T1)).toBe(true);
      expect(await SessionRepository.revoke(db, 's1', T1)).toBe(false);
      expect((await SessionRepository.withUser(db, 's1'))?.session.revokedAt).toBe(T1);
      expect(await SessionRepository.withUser(db, 'nope')).toBeUndefined();
    });

    it('ends every open session of a user, and deletes ended ones', async () => {
      const db = test.store.db;
      await SessionRepository.create(db, { id: 's2', userId, createdAt: T0, expiresAt: '2026-12-02T22:00:00.000Z' });
      await SessionRepository.create(db, { id: 's3', userId, createdAt: T0, expiresAt: '2026-12-02T22:00:00.000Z' });
      expect(await SessionRepository.revokeForUser(db, userId, T1)).toBe(2);

      expect(await SessionRepository.deleteEndedBefore(db, '2026-12-03T00:00:00.000Z')).toBe(3);
      expect(await SessionRepository.withUser(db, 's2')).toBeUndefined();
    });
  });
}
