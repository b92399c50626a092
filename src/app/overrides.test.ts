import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { AuditRepository, OverrideRepository, PulseRepository } from '../store/index.js';
import { HumanInputError } from './human-input-error.js';
import { expireOverride, setOverride } from './overrides.js';
import { setPulse } from './pulses.js';

const NOW = '2026-12-02T10:00:00.000Z';
const T0 = '2026-11-01T00:00:00.000Z';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof HumanInputError ? error.code : `not a HumanInputError: ${String(error)}`;
  }
}

for (const dialect of DIALECTS) {
  describe(`overrides and pulses use cases (${dialect})`, () => {
    let test: TestStore;
    let accountId: number;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      const row = await test.store.db
        .insertInto('accounts')
        .values({ record_key: 'ACME', known_at: T0, content_hash: 'h', created_at: T0, updated_at: T0, external_id: 'ACME', name: 'Acme' })
        .returning('id')
        .executeTakeFirstOrThrow();
      accountId = Number(row.id);
    });
    afterAll(() => test.cleanup());

    it('refuses bad overrides with a closed code each, and writes nothing for them', async () => {
      const base = { account: 'ACME', reason: 'champion left', author: 'ann@example.com', now: NOW };

      expect(await codeOf(setOverride(test.store, { ...base }))).toBe('set_or_delta');
      expect(await codeOf(setOverride(test.store, { ...base, set: 40, delta: 5 }))).toBe('set_or_delta');
      expect(await codeOf(setOverride(test.store, { ...base, set: -1 }))).toBe('invalid_value');
      expect(await codeOf(setOverride(test.store, { ...base, delta: 100.5 }))).toBe('invalid_value');
      expect(await codeOf(setOverride(test.store, { ...base, set: 40, reason: '  no ' }))).toBe('reason_required');
      expect(await codeOf(setOverride(test.store, { ...base, set: 40, author: 'ann' }))).toBe('invalid_author');
      expect(await codeOf(setOverride(test.store, { ...base, set: 40, expiresAt: NOW }))).toBe('expires_in_past');
      expect(await codeOf(setOverride(test.store, { ...base, set: 40, expiresAt: 'soon' }))).toBe('invalid_time');
      expect(await codeOf(setOverride(test.store, { ...base, set: 40, account: 'NOPE' }))).toBe('unknown_account');
      expect(await OverrideRepository.forAccount(test.store.db, accountId)).toEqual([]);
      expect(await AuditRepository.list(test.store.db, { limit: 10 })).toEqual([]);
    });

    it('defaults an override to every scorecard for 30 days and audits its creation', async () => {
      const o = await setOverride(test.store, { account: 'ACME', delta: -10, reason: 'champion left', author: 'ann@example.com', now: NOW });

      expect(o).toMatchObject({ accountId, mode: 'delta', value: -10, createdAt: NOW, expiresAt: '2027-01-01T10:00:00.000Z' });
      expect(o).not.toHaveProperty('scorecard');
      const [entry] = await AuditRepository.list(test.store.db, { limit: 1 });
      expect(entry).toEqual({ id: expect.any(Number), at: NOW, actor: 'ann@example.com', action: 'override.create', entity: 'override', entityId: String(o.id), accountExternalId: 'ACME', after: o });
    });

    it('expires an override as of now, and refuses to expire it twice or one that does not exist', async () => {
      const o = await setOverride(test.store, { account: 'ACME', set: 30, scorecard: 'health', reason: 'exec escalation', author: 'ann@example.com', now: NOW, expiresAt: '2027-02-01' });
      const later = '2026-12-05T00:00:00.000Z';

      const ended = await expireOverride(test.store, { id: o.id, author: 'bob@example.com', reason: 'resolved', now: later });

      expect(ended).toMatchObject({ id: o.id, expiresAt: '2027-02-01T00:00:00.000Z', revokedAt: later, revokedBy: 'bob@example.com', revokeReason: 'resolved' });
      expect((await OverrideRepository.forAccounts(test.store.db, [accountId], later)).get(accountId)?.map((x) => x.mode)).toEqual(['delta']);
      expect(await codeOf(expireOverride(test.store, { id: o.id, author: 'bob@example.com', reason: 'resolved', now: later }))).toBe('already_ended');
      expect(await codeOf(expireOverride(test.store, { id: 987_654, author: 'bob@example.com', reason: 'resolved', now: later }))).toBe('unknown_override');
      const [entry] = await AuditRepository.list(test.store.db, { limit: 1 });
      expect(entry).toMatchObject({ action: 'override.expire', actor: 'bob@example.com', before: { id: o.id }, after: { revokedAt: later } });
      expect(entry?.before).not.toHaveProperty('revokedAt');
    });

    it("a rep's new pulse ends their previous one at the same moment, so the scoring loader sees one pulse per rep", async () => {
      const first = await setPulse(test.store, { account: 'ACME', rating: 'red', note: 'sponsor leaving', author: 'ann@example.com', now: NOW });
      const t2 = '2026-12-20T00:00:00.000Z';

      const second = await setPulse(test.store, { account: 'ACME', rating: 'green', note: 'new sponsor', author: 'ann@example.com', now: t2 });

      expect(first.pulse.expiresAt).toBe('2027-03-02T10:00:00.000Z');
      expect(second.superseded).toEqual([{ ...first.pulse, revokedAt: t2, revokedBy: 'ann@example.com', revokeReason: `superseded by pulse #${second.pulse.id}` }]);
      expect((await PulseRepository.forAccounts(test.store.db, [accountId], t2)).get(accountId)?.map((p) => p.rating)).toEqual(['green']);
      expect((await PulseRepository.forAccounts(test.store.db, [accountId], '2026-12-19T00:00:00.000Z')).get(accountId)?.map((p) => p.rating)).toEqual(['red']);
      const entries = await AuditRepository.list(test.store.db, { limit: 2, entity: 'pulse' });
      expect(entries.map((e) => `${e.action} ${e.entityId}`)).toEqual([`pulse.create ${second.pulse.id}`, `pulse.supersede ${first.pulse.id}`]);
      expect(entries[0]?.before).toEqual(first.pulse);
    });
  });
}
