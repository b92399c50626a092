import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { SettingsRepository } from './settings-repository.js';

for (const dialect of DIALECTS) {
  describe(`SettingsRepository (${dialect})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore(dialect);
    });
    afterAll(() => test.cleanup());

    it('sets, replaces, reads and deletes a value; a delete naming a stale value does nothing', async () => {
      const db = test.store.db;
      expect(await SettingsRepository.get(db, 'k')).toBeUndefined();
      await SettingsRepository.set(db, 'k', 'one', '2026-12-02T10:00:00.000Z');
      await SettingsRepository.set(db, 'k', 'two', '2026-12-02T11:00:00.000Z');
      expect(await SettingsRepository.get(db, 'k')).toBe('two');

      expect(await SettingsRepository.delete(db, 'k', 'one')).toBe(false);
      expect(await SettingsRepository.delete(db, 'k', 'two')).toBe(true);
      expect(await SettingsRepository.delete(db, 'k')).toBe(false);
      expect(await SettingsRepository.get(db, 'k')).toBeUndefined();
    });
  });
}
