import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { ApiKeyRepository } from './api-key-repository.js';
import { UserRepository } from './user-repository.js';

const T0 = '2026-12-02T10:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`ApiKeyRepository (${dialect})`, () => {
    let test: TestStore;
    let userId = 0;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      userId = (await UserRepository.create(test.store.db, { email: 'ci@example.com', role: 'viewer', now: T0 }))?.id ?? 0;
    });
    afterAll(() => test.cleanup());

    it('finds a key by prefix with its user and hash, lists it without the hash, and refuses a taken prefix', async () => {
      const db = test.store.db;
      const key = await ApiKeyRepository.create(db, { userId, name: 'ci', prefix: 'abcdefghij', secretHash: 'h1', createdAt: T0, createdBy: 'boss@example.com' });

      expect(key).toEqual({ id: expect.any(Number), userId, userEmail: 'ci@example.com', name: 'ci', prefix: 'abcdefghij', createdAt: T0, createdBy: 'boss@example.com' });
      expect(await ApiKeyRepository.create(db, { userId, name: 'again', prefix: 'abcdefghij', secretHash: 'h2', createdAt: T0, createdBy: 'boss@example.com' })).toBeUndefined();
      expect(await ApiKeyRepository.credentialByPrefix(db, 'abcdefghij')).toMatchObject({ key, secretHash: 'h1', user: { email: 'ci@example.com', role: 'viewer' } });
      expect(await ApiKeyRepository.list(db, { userId })).toEqual([key]);
      expect(JSON.stringify(await ApiKeyRepository.list(db))).not.toContain('h1');
    });

    it('records a use at most once per window, and revokes once', async () => {
      const db = test.store.db;
      const id = (await ApiKeyRepository.byPrefix(db, 'abcdefghij'))?.id ?? 0;
      expect(await ApiKeyRepository.touchLastUsed(db, id, '2026-12-02T10:01:00.000Z', '2026-12-02T10:00:00.000Z')).toBe(true);
      // A use 30 s later: the last one is newer than a minute ago, so nothing is written.
      expect(await ApiKeyRepository.touchLastUsed(db, id, '2026-12-02T10:01:30.000Z', '2026-12-02T10:00:30.000Z')).toBe(false);
      expect(await ApiKeyRepository.touchLastUsed(db, id, '2026-12-02T10:02:00.000Z', '2026-12-02T10:01:00.000Z')).toBe(true);
      expect(await ApiKeyRepository.byPrefix(db, 'abcdefghij')).toMatchObject({ lastUsedAt: '2026-12-02T10:02:00.000Z' });

      expect(await ApiKeyRepository.revoke(db, { prefix: 'abcdefghij', at: T0, by: 'boss@example.com' })).toMatchObject({ revokedAt: T0, revokedBy: 'boss@example.com' });
      expect(await ApiKeyRepository.revoke(db, { prefix: 'abcdefghij', at: T0, by: 'boss@example.com' })).toBeUndefined();
      expect(await ApiKeyRepository.revoke(db, { prefix: 'zzzzzzzzzz', at: T0, by: 'boss@example.com' })).toBeUndefined();
    });
  });
}
