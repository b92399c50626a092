import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import type { Pulse } from '../domain/index.js';
import { PulseRepository } from './pulse-repository.js';

const T0 = '2026-11-01T00:00:00.000Z';

const pulse = (over: Partial<Pulse> = {}): Pulse => ({
  accountExternalId: 'P1',
  rating: 'red',
  note: 'exec sponsor is leaving',
  authorEmail: 'ann@example.com',
  createdAt: '2026-12-01T00:00:00.000Z',
  expiresAt: '2027-03-01T00:00:00.000Z',
  ...over,
});

for (const dialect of DIALECTS) {
  describe(`PulseRepository (${dialect})`, () => {
    let test: TestStore;
    let p1: number;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      const row = await test.store.db
        .insertInto('accounts')
        .values({ record_key: 'P1', known_at: T0, content_hash: 'h', created_at: T0, updated_at: T0, external_id: 'P1', name: 'Pulse account' })
        .returning('id')
        .executeTakeFirstOrThrow();
      p1 = Number(row.id);
    });
    afterAll(() => test.cleanup());

    it('keeps a pulse in force from its creation until it expires, and not on its expiry date', async () => {
      const p = await PulseRepository.create(test.store.db, p1, pulse());
      const ids = async (asOf: string) => (await PulseRepository.active(test.store.db, { accountId: p1, asOf })).map((x) => x.id);

      expect(p).toEqual({ id: expect.any(Number), accountId: p1, ...pulse() });
      expect(await ids('2026-11-30T00:00:00.000Z')).toEqual([]);
      expect(await ids('2026-12-01T00:00:00.000Z')).toEqual([p.id]);
      expect(await ids('2027-03-01T00:00:00.000Z')).toEqual([]);
    });

    it("finds an author's pulse in force, and not once it is revoked", async () => {
      const mine = await PulseRepository.create(test.store.db, p1, pulse({ authorEmail: 'bob@example.com', rating: 'green', createdAt: '2026-12-05T00:00:00.000Z', expiresAt: undefined }));
      const byBob = async (asOf: string) => (await PulseRepository.activeByAuthor(test.store.db, { accountId: p1, authorEmail: 'bob@example.com', asOf })).map((x) => x.id);

      expect(await byBob('2026-12-06T00:00:00.000Z')).toEqual([mine.id]);
      await PulseRepository.revoke(test.store.db, { id: mine.id, at: '2026-12-07T00:00:00.000Z', by: 'bob@example.com', reason: 'superseded by pulse #99' });
      expect(await byBob('2026-12-07T00:00:00.000Z')).toEqual([]);
      expect((await PulseRepository.get(test.store.db, mine.id))?.revokeReason).toBe('superseded by pulse #99');
    });

    it('gives the scoring loader only pulses created by asOf, and still those revoked later', async () => {
      await PulseRepository.create(test.store.db, p1, pulse({ rating: 'yellow', createdAt: '2027-01-10T00:00:00.000Z' }));

      const dec6 = await PulseRepository.forAccounts(test.store.db, [p1], '2026-12-06T00:00:00.000Z');
      const jan = await PulseRepository.forAccounts(test.store.db, [p1], '2027-01-10T00:00:00.000Z');

      expect(dec6.get(p1)?.map((p) => `${p.authorEmail} ${p.rating}`)).toEqual(['ann@example.com red', 'bob@example.com green']);
      expect(jan.get(p1)?.map((p) => `${p.authorEmail} ${p.rating}`)).toEqual(['ann@example.com red', 'ann@example.com yellow']);
      expect(await PulseRepository.forAccounts(test.store.db, [], '2027-01-10T00:00:00.000Z')).toEqual(new Map());
    });

    it('lists all pulses of an account newest first', async () => {
      expect((await PulseRepository.forAccount(test.store.db, p1)).map((p) => p.rating)).toEqual(['yellow', 'green', 'red']);
    });
  });
}
