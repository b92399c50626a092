import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { AuditRepository } from './audit-repository.js';

for (const dialect of DIALECTS) {
  describe(`AuditRepository (${dialect})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore(dialect);
    });
    afterAll(() => test.cleanup());

    it('records who did what when, with the state before and after, and reads it back', async () => {
      const recorded = await AuditRepository.record(test.store.db, {
        at: '2026-12-01T10:00:00.000Z',
        actor: 'ann@example.com',
        action: 'override.expire',
        entity: 'override',
        entityId: '3',
        accountExternalId: 'A1',
        before: { value: 40, revokedAt: null },
        after: { value: 40, revokedAt: '2026-12-01T10:00:00.000Z' },
      });

      expect(recorded).toEqual({ id: expect.any(Number), at: '2026-12-01T10:00:00.000Z', actor: 'ann@example.com', action: 'override.expire', entity: 'override', entityId: '3', accountExternalId: 'A1', before: { value: 40, revokedAt: null }, after: { value: 40, revokedAt: '2026-12-01T10:00:00.000Z' } });
    });

    it('keeps "nothing before" apart from a before that was null, and files a model change under no account', async () => {
      const entry = await AuditRepository.record(test.store.db, { at: '2026-12-02T09:00:00.000Z', actor: 'ops@example.com', action: 'model.activate', entity: 'model', entityId: 'v2', before: null, after: { version: 'v2' } });

      expect(entry).not.toHaveProperty('accountExternalId');
      expect(entry.before).toBeNull();
      expect('before' in entry).toBe(true);
      const created = await AuditRepository.record(test.store.db, { at: '2026-12-02T09:00:00.000Z', actor: 'ann@example.com', action: 'override.create', entity: 'override', entityId: '4', accountExternalId: 'A2', after: { value: 10 } });
      expect('before' in created).toBe(false);
    });

    it('lists newest first, filtered by account or entity, with a limit and a time to page back from', async () => {
      const db = test.store.db;
      const list = async (filter: Parameters<typeof AuditRepository.list>[1]) => (await AuditRepository.list(db, filter)).map((e) => `${e.action} ${e.entityId}`);

      // Two entries at the same moment come back in reverse order of recording.
      expect(await list({ limit: 10 })).toEqual(['override.create 4', 'model.activate v2', 'override.expire 3']);
      expect(await list({ limit: 10, accountExternalId: 'A1' })).toEqual(['override.expire 3']);
      expect(await list({ limit: 10, entity: 'model' })).toEqual(['model.activate v2']);
      expect(await list({ limit: 1 })).toEqual(['override.create 4']);
      expect(await list({ limit: 10, before: '2026-12-02T09:00:00.000Z' })).toEqual(['override.expire 3']);
    });
  });
}
