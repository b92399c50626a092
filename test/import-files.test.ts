import { copyFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../src/app/index.js';
import { createTestStore, DIALECTS, makeTempDir, type TestStore } from './test-setup.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/import/', import.meta.url));
const NOW = '2026-11-23T00:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`importFiles (${dialect})`, () => {
    let test: TestStore;
    let temp: ReturnType<typeof makeTempDir>;
    beforeEach(async () => {
      test = await createTestStore(dialect);
      temp = makeTempDir();
    });
    afterEach(async () => {
      await test.cleanup();
      temp.remove();
    });

    it('imports accounts first, whatever order the files are given in', async () => {
      const tickets = join(temp.dir, 'tickets.csv');
      const accounts = join(temp.dir, 'accounts.csv');
      copyFileSync(join(FIXTURES, 'tickets.csv'), tickets);
      copyFileSync(join(FIXTURES, 'accounts.csv'), accounts);

      const report = await importFiles(test.store, [tickets, accounts], { now: NOW });

      expect(report.files.map((f) => basename(f.file))).toEqual(['accounts.csv', 'tickets.csv']);
      expect(report.files[1]?.issues.map((i) => i.line)).toEqual([3, 5, 6]);
    });

    it('puts a file whose headers show it holds accounts before the records that name them, whatever its name', async () => {
      copyFileSync(join(FIXTURES, 'tickets.csv'), join(temp.dir, 'a-tickets.csv'));
      writeFileSync(join(temp.dir, 'z-report.csv'), 'Account ID,Account Name,Website\nA-1,Acme,acme.com\nA-2,Globex,globex.io\n');

      const report = await importFiles(test.store, [temp.dir], { now: NOW });

      expect(report.files.map((f) => [basename(f.file), f.kind, f.preset])).toEqual([
        ['z-report.csv', 'accounts', 'salesforce-accounts'],
        ['a-tickets.csv', 'tickets', undefined],
      ]);
      // Only the tickets that really name no account are rejected.
      expect(report.files[1]?.issues.map((i) => i.line)).toEqual([3, 5, 6]);
      expect(report.totals).toMatchObject({ inserted: 4, quarantined: 3, failedFiles: 0 });
    });
  });
}
