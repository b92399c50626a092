import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { AccountShareRepository } from './account-share-repository.js';
import { UserRepository } from './user-repository.js';

const T0 = '2026-12-02T10:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`AccountShareRepository (${dialect})`, () => {
    let test: TestStore;
    const ids: Record<string, number> = {};
    let rep = 0;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      for (const [externalId, owner] of [['A1', 'rep@example.com'], ['A2', 'other@example.com'], ['A3', null]] as const) {
        const row = await test.store.db
          .insertInto('accounts')
          .values({ record_key: externalId, known_at: T0, content_hash: 'h', created_at: T0, updated_at: T0, external_id: externalId, name: externalId, owner_email: owner })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids[externalId] = Number(row.id);
      }
      rep = (await UserRepository.create(test.store.db, { email: 'rep@example.com', role: 'rep', now: T0 }))?.id ?? 0;
    });
    afterAll(() => test.cleanup());

    it('shares once, lists by account and by user, and removes the share', async () => {
      const db = test.store.db;
      const a2 = ids.A2 ?? 0;
      expect(await AccountShareRepository.share(db, { accountId: a2, userId: rep, grantedBy: 'boss@example.com', at: T0 })).toBe(true);
      expect(await AccountShareRepository.share(db, { accountId: a2, userId: rep, grantedBy: 'boss@example.com', at: T0 })).toBe(false);

      const share = { accountId: a2, accountExternalId: 'A2', userId: rep, userEmail: 'rep@example.com', grantedBy: 'boss@example.com', createdAt: T0 };
      expect(await AccountShareRepository.forAccount(db, a2)).toEqual([share]);
      expect(await AccountShareRepository.forUser(db, rep)).toEqual([share]);
      expect(await AccountShareRepository.list(db)).toEqual([share]);
      expect(await AccountShareRepository.unshare(db, { accountId: a2, userId: rep })).toEqual(share);
      expect(await AccountShareRepository.unshare(db, { accountId: a2, userId: rep })).toBeUndefined();
      expect(await AccountShareRepository.forUser(db, rep)).toEqual([]);
    });

    it("a rep's scope is the accounts they own plus those shared with them", async () => {
      const db = test.store.db;
      const scope = { ownerEmail: 'rep@example.com', userId: rep };
      expect(await AccountShareRepository.visibleAccountIds(db, scope)).toEqual([ids.A1]);
      expect(await AccountShareRepository.inScope(db, 'A1', scope)).toBe(true);
      expect(await AccountShareRepository.inScope(db, 'A2', scope)).toBe(false);

      await AccountShareRepository.share(db, { accountId: ids.A3 ?? 0, userId: rep, grantedBy: 'boss@example.com', at: T0 });
      expect(await AccountShareRepository.visibleAccountIds(db, scope)).toEqual([ids.A1, ids.A3]);
      expect(await AccountShareRepository.inScope(db, 'A3', scope)).toBe(true);
      expect(await AccountShareRepository.inScope(db, 'NOPE', scope)).toBe(false);
    });
  });
}
