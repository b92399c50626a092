import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countRows, createTestStore, DIALECTS, factVersions, makeTempDir, quarantinedRows, type TestStore } from '../../test/test-setup.js';
import { importFiles } from '../app/import-files.js';
import { generateDemo } from '../demo/index.js';
import { ENTITY_KINDS } from '../domain/index.js';
import { ImportRepository } from '../store/index.js';
import { importFile } from './import-file.js';
import { relayPartner, type RelayPartner } from './relay-partner.js';

const NOW = '2026-11-23T00:00:00.000Z';

const demo = makeTempDir('bw-relay-demo-');
beforeAll(async () => {
  await generateDemo({ size: 60, asOf: '2026-11-01T00:00:00Z', outDir: demo.dir, seed: 5 });
});
afterAll(() => demo.remove());

/** A trigger that fails the transaction writing the account `key`, whichever thread writes it. */
async function failWritesOf(test: TestStore, key: string): Promise<void> {
  if (test.store.dialect === 'sqlite') {
    await sql.raw(`create trigger fail_account before insert on accounts when new.record_key = '${key}' begin select raise(abort, 'refused by a test trigger'); end`).execute(test.store.db);
  } else {
    await sql.raw(`create function fail_account() returns trigger language plpgsql as $$ begin if new.record_key = '${key}' then raise exception 'refused by a test trigger'; end if; return new; end $$`).execute(test.store.db);
    await sql.raw('create trigger fail_account before insert on accounts for each row execute function fail_account()').execute(test.store.db);
  }
}

for (const dialect of DIALECTS) {
  describe(`two threads taking turns on a file (${dialect})`, () => {
    let test: TestStore;
    let temp: ReturnType<typeof makeTempDir>;
    let relay: RelayPartner;
    beforeEach(async () => {
      test = await createTestStore(dialect);
      temp = makeTempDir();
      relay = relayPartner(test.store.target);
    });
    afterEach(async () => {
      await relay.close();
      await test.cleanup();
      temp.remove();
    });

    it('give the same store, counts and report as one thread, batch after small batch', async () => {
      const other = await createTestStore(dialect);
      const otherRelay = relayPartner(other.store.target);
      try {
        const alone = await importFiles(test.store, [demo.dir], { now: NOW, threads: 'inline', batchSize: 97 });
        const relayed = await importFiles(other.store, [demo.dir], { now: NOW, relay: otherRelay, batchSize: 97 });

        const strip = (r: typeof alone) => r.files.map((f) => ({ ...f, importId: undefined }));
        expect(strip(relayed)).toEqual(strip(alone));
        expect(relayed.totals.quarantined).toBeGreaterThan(0);
        expect(relayed.totals.updated).toBeGreaterThan(0);
        for (const kind of ENTITY_KINDS) expect(await factVersions(other.store, kind), kind).toEqual(await factVersions(test.store, kind));
        expect(await quarantinedRows(other.store)).toEqual(await quarantinedRows(test.store));
        // Each batch committed once, with its counts: the run's totals add up to the rows read.
        const [usage] = (await ImportRepository.list(other.store.db, 20)).filter((r) => r.kind === 'usage_days');
        expect(usage?.rows_read).toBe(relayed.files.find((f) => f.kind === 'usage_days')?.counts.rowsRead);
      } finally {
        await otherRelay.close();
        await other.cleanup();
      }
    });

    // Batches of 10 rows: the lead thread writes batches 0, 2, 4…, the partner 1, 3, 5….
    const accountsCsv = () => {
      const rows = ['external_id,name,domain,arr,known_at'];
      for (let i = 1; i <= 60; i++) rows.push(`A-${String(i).padStart(3, '0')},Account ${i},a${i}.example,${i * 100},2026-11-01T00:00:00Z`);
      const path = join(temp.dir, 'accounts.csv');
      writeFileSync(path, rows.join('\n') + '\n');
      return path;
    };

    for (const [who, key, committed] of [
      ['this thread', 'A-025', 20],
      ['the partner thread', 'A-035', 30],
    ] as const) {
      it(`stop at the first batch that fails to write, on ${who}, and record the import as failed`, async () => {
        const file = accountsCsv();
        await failWritesOf(test, key);

        await expect(importFile(test.store.db, file, { now: NOW, relay, batchSize: 10 })).rejects.toThrow(/refused by a test trigger/);

        // The batches before the failed one are committed; nothing after it is.
        expect(await countRows(test.store, 'accounts')).toBe(committed);
        const [run] = await ImportRepository.list(test.store.db, 1);
        expect(run).toMatchObject({ status: 'failed', rows_read: committed });
        expect(run?.error).toMatch(/refused by a test trigger/);

        // The partner is free for the next file.
        await sql.raw('drop trigger fail_account' + (dialect === 'postgres' ? ' on accounts' : '')).execute(test.store.db);
        const again = await importFile(test.store.db, file, { now: NOW, relay, batchSize: 10 });
        expect(again.counts).toMatchObject({ rowsRead: 60, inserted: 60 - committed, unchanged: committed });
      });
    }
  });
}
