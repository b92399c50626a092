import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import type { Override } from '../domain/index.js';
import { OverrideRepository } from './override-repository.js';

const T0 = '2026-11-01T00:00:00.000Z';

/** Two accounts, as an import would leave them; returns their ids. */
async function seedAccounts(test: TestStore): Promise<[number, number]> {
  const rows = await test.store.db
    .insertInto('accounts')
    .values(['A1', 'A2'].map((id) => ({ record_key: id, known_at: T0, content_hash: id, created_at: T0, updated_at: T0, external_id: id, name: `Account ${id}` })))
    .returning('id')
    .execute();
  return [Number(rows[0]?.id), Number(rows[1]?.id)];
}

const override = (over: Partial<Override> = {}): Override => ({
  accountExternalId: 'A1',
  scorecard: 'health',
  mode: 'absolute',
  value: 40,
  reason: 'champion left',
  authorEmail: 'ann@example.com',
  createdAt: '2026-12-01T00:00:00.000Z',
  expiresAt: '2027-01-31T00:00:00.000Z',
  ...over,
});

for (const dialect of DIALECTS) {
  describe(`OverrideRepository (${dialect})`, () => {
    let test: TestStore;
    let a1: number;
    let a2: number;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      [a1, a2] = await seedAccounts(test);
    });
    afterAll(() => test.cleanup());

    it('stores an override and reads it back with its id, account id and domain fields', async () => {
      const created = await OverrideRepository.create(test.store.db, a1, override({ scorecard: undefined, mode: 'delta', value: -12.5 }));

      expect(created).toEqual({ id: expect.any(Number), accountId: a1, accountExternalId: 'A1', mode: 'delta', value: -12.5, reason: 'champion left', authorEmail: 'ann@example.com', createdAt: '2026-12-01T00:00:00.000Z', expiresAt: '2027-01-31T00:00:00.000Z' });
      expect(await OverrideRepository.get(test.store.db, created.id)).toEqual(created);
    });

    it('is active from its creation until its expiry date, and no longer on that date', async () => {
      const o = await OverrideRepository.create(test.store.db, a2, override({ accountExternalId: 'A2', createdAt: '2026-12-10T00:00:00.000Z', expiresAt: '2027-01-31T00:00:00.000Z' }));
      const activeIds = async (asOf: string) => (await OverrideRepository.active(test.store.db, { accountId: a2, asOf })).map((x) => x.id);

      expect(await activeIds('2026-12-09T23:59:59.999Z')).toEqual([]);
      expect(await activeIds('2026-12-10T00:00:00.000Z')).toEqual([o.id]);
      expect(await activeIds('2027-01-30T23:59:59.999Z')).toEqual([o.id]);
      expect(await activeIds('2027-01-31T00:00:00.000Z')).toEqual([]);
    });

    it('stops applying once revoked, but a backtest before the revocation still sees it', async () => {
      const o = await OverrideRepository.create(test.store.db, a1, override({ createdAt: '2026-12-02T00:00:00.000Z', expiresAt: undefined }));

      const revoked = await OverrideRepository.revoke(test.store.db, { id: o.id, at: '2026-12-20T00:00:00.000Z', by: 'bob@example.com', reason: 'resolved' });

      expect(revoked).toMatchObject({ id: o.id, revokedAt: '2026-12-20T00:00:00.000Z', revokedBy: 'bob@example.com', revokeReason: 'resolved' });
      expect((await OverrideRepository.active(test.store.db, { accountId: a1, asOf: '2026-12-20T00:00:00.000Z' })).map((x) => x.id)).not.toContain(o.id);
      expect((await OverrideRepository.active(test.store.db, { accountId: a1, asOf: '2026-12-19T00:00:00.000Z' })).map((x) => x.id)).toContain(o.id);
      expect(await OverrideRepository.revoke(test.store.db, { id: o.id, at: '2026-12-21T00:00:00.000Z', by: 'x@example.com', reason: 'again' })).toBeUndefined();
    });

    it('lists every override of an account, ended or not, newest first', async () => {
      const all = await OverrideRepository.forAccount(test.store.db, a1);

      expect(all.map((o) => o.createdAt)).toEqual(['2026-12-02T00:00:00.000Z', '2026-12-01T00:00:00.000Z']);
      expect(all[0]?.revokedAt).toBe('2026-12-20T00:00:00.000Z');
    });

    it('gives the scoring loader domain overrides by account id, excluding any created after asOf', async () => {
      const later = override({ accountExternalId: 'A2', createdAt: '2027-01-05T00:00:00.000Z', expiresAt: undefined, value: 90 });
      await OverrideRepository.create(test.store.db, a2, later);

      const asOfDec = await OverrideRepository.forAccounts(test.store.db, [a1, a2, 999_999], '2026-12-15T00:00:00.000Z');
      const asOfJan = await OverrideRepository.forAccounts(test.store.db, [a2], '2027-01-06T00:00:00.000Z');

      expect([...asOfDec.keys()]).toEqual([a1, a2, 999_999]);
      expect(asOfDec.get(a1)?.map((o) => o.createdAt)).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-02T00:00:00.000Z']);
      expect(asOfDec.get(a2)?.map((o) => o.value)).toEqual([40]);
      expect(asOfDec.get(999_999)).toEqual([]);
      expect(asOfJan.get(a2)).toEqual([override({ accountExternalId: 'A2', createdAt: '2026-12-10T00:00:00.000Z' }), later]);
      // Plain domain objects: nothing of the row leaks into a snapshot.
      expect(Object.keys(asOfJan.get(a2)?.[1] ?? {}).sort()).toEqual(['accountExternalId', 'authorEmail', 'createdAt', 'mode', 'reason', 'scorecard', 'value']);
    });

    it('refuses an override of an account that does not exist', async () => {
      await expect(OverrideRepository.create(test.store.db, 424_242, override())).rejects.toThrow();
    });
  });
}
