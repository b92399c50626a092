import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf } from '../../test/error-code.js';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { AuditRepository } from '../store/index.js';
import { AccessError } from './access-error.js';
import { listShares, shareAccount, unshareAccount } from './account-shares.js';
import { createUser } from './users.js';

const T0 = '2026-12-02T10:00:00.000Z';
const T1 = '2026-12-02T11:00:00.000Z';

const codeOf = (promise: Promise<unknown>) => errorCodeOf(promise, AccessError);

for (const dialect of DIALECTS) {
  describe(`account shares (${dialect})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      await test.store.db.insertInto('accounts').values({ record_key: 'ACME', known_at: T0, content_hash: 'h', created_at: T0, updated_at: T0, external_id: 'ACME', name: 'Acme', owner_email: 'ann@example.com' }).execute();
      await createUser(test.store, { email: 'bob@example.com', role: 'rep', actor: 'root@example.com', now: T0 });
    });
    afterAll(() => test.cleanup());
    const entries = async () => (await AuditRepository.list(test.store.db, { limit: 10, entity: 'account_share' })).map(({ id: _id, ...e }) => e);

    it('shares an account once, audited; sharing again changes nothing', async () => {
      const { share, created } = await shareAccount(test.store, { account: 'ACME', userEmail: 'Bob@example.com', by: 'lead@example.com', now: T0 });

      expect(created).toBe(true);
      expect(share).toEqual({ accountId: expect.any(Number), accountExternalId: 'ACME', userId: expect.any(Number), userEmail: 'bob@example.com', grantedBy: 'lead@example.com', createdAt: T0 });
      expect(await entries()).toEqual([{ at: T0, actor: 'lead@example.com', action: 'share.grant', entity: 'account_share', entityId: 'ACME:bob@example.com', after: share }]);
      expect(await shareAccount(test.store, { account: 'ACME', userEmail: 'bob@example.com', by: 'lead@example.com', now: T1 })).toEqual({ share, created: false });
      expect(await entries()).toHaveLength(1);
      expect(await listShares(test.store, { account: 'ACME' })).toEqual([share]);
      expect(await listShares(test.store, { userEmail: 'bob@example.com' })).toEqual([share]);
    });

    it('removes a share, audited with what it was; removing it again changes nothing', async () => {
      const removed = await unshareAccount(test.store, { account: 'ACME', userEmail: 'bob@example.com', by: 'lead@example.com', now: T1 });

      expect(removed).toMatchObject({ accountExternalId: 'ACME', userEmail: 'bob@example.com' });
      expect((await entries())[0]).toEqual({ at: T1, actor: 'lead@example.com', action: 'share.remove', entity: 'account_share', entityId: 'ACME:bob@example.com', before: removed });
      expect(await unshareAccount(test.store, { account: 'ACME', userEmail: 'bob@example.com', by: 'lead@example.com', now: T1 })).toBeUndefined();
      expect(await entries()).toHaveLength(2);
      expect(await listShares(test.store)).toEqual([]);
    });

    it('refuses an unknown account or user', async () => {
      expect(await codeOf(shareAccount(test.store, { account: 'NOPE', userEmail: 'bob@example.com', by: 'lead@example.com', now: T0 }))).toBe('unknown_account');
      expect(await codeOf(shareAccount(test.store, { account: 'ACME', userEmail: 'nobody@example.com', by: 'lead@example.com', now: T0 }))).toBe('unknown_user');
      expect(await codeOf(listShares(test.store, { account: 'NOPE' }))).toBe('unknown_account');
    });
  });
}
