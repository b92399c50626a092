import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  countRows,
  createTestStore,
  DIALECTS,
  factVersions,
  makeTempDir,
  quarantinedRows,
  selectRows,
  type TestStore,
} from '../../test/test-setup.js';
import { importFiles } from '../app/import-files.js';
import { generateDemo } from '../demo/index.js';
import { ENTITY_KINDS } from '../domain/index.js';
import { AccountRepository, ImportRepository } from '../store/index.js';
import { ColumnMappingSchema } from './column-mapping.js';
import { importFile, type FileImportReport } from './import-file.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/import/', import.meta.url));
const NOW = '2026-11-23T00:00:00.000Z';
const LATER = '2026-11-24T00:00:00.000Z';

/** The parts of an issue a person uses to find the row. */
function located(report: FileImportReport) {
  return report.issues.map(({ file, line, column, code }) => ({ file, line, column, code }));
}

function csv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((r) => r.join(',')).join('\n') + '\n';
}

// One demo data set for every dialect: generating it is the slow part.
const demo = makeTempDir('bw-demo-');
beforeAll(async () => {
  await generateDemo({ size: 40, asOf: '2026-11-01T00:00:00Z', outDir: demo.dir, seed: 7 });
});
afterAll(() => demo.remove());

for (const dialect of DIALECTS) {
  describe(`importFile (${dialect})`, () => {
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

    const db = () => test.store.db;
    const write = (name: string, content: string | Buffer) => {
      const path = join(temp.dir, name);
      writeFileSync(path, content);
      return path;
    };

    it('a file with 3 bad rows in 1,000 imports 997 and names the 3', async () => {
      const bad: Record<number, [column: string, value: string]> = {
        137: ['renewal_date', '2025-02-29'],
        500: ['arr', '-1200'],
        862: ['arr', '12k'],
      };
      const rows = Array.from({ length: 1000 }, (_, i) => {
        const n = i + 1;
        const row: Record<string, string> = { external_id: `ACC-${n}`, name: `Account ${n}`, domains: `account-${n}.com`, arr: String(1000 + n), renewal_date: '2027-01-31' };
        const fault = bad[n];
        if (fault) row[fault[0]] = fault[1];
        return Object.values(row);
      });
      const file = write('accounts.csv', csv([['external_id', 'name', 'domains', 'arr', 'renewal_date'], ...rows]));

      const report = await importFile(db(), file, { now: NOW });

      expect(report.counts).toEqual({ rowsRead: 1000, inserted: 997, updated: 0, unchanged: 0, quarantined: 3, unmatched: 0 });
      // Row n is on line n + 1: the header is line 1.
      expect(located(report)).toEqual([
        { file, line: 138, column: 'renewal_date', code: 'invalid_date' },
        { file, line: 501, column: 'arr', code: 'negative_amount' },
        { file, line: 863, column: 'arr', code: 'unparseable_number' },
      ]);
      expect(await AccountRepository.count(db())).toBe(997);
      const stored = await ImportRepository.quarantine(db());
      expect(stored.map((q) => [q.source_file, q.line, q.column_name, q.code])).toEqual([
        [file, 138, 'renewal_date', 'invalid_date'],
        [file, 501, 'arr', 'negative_amount'],
        [file, 863, 'arr', 'unparseable_number'],
      ]);
      expect(stored[0]?.raw).toBe('ACC-137,Account 137,account-137.com,1137,2025-02-29');
    });

    it('quarantines an impossible date, a negative amount, an unparseable number and a repeated id, each with its line', async () => {
      const file = join(FIXTURES, 'accounts.csv');

      const report = await importFile(db(), file, { now: NOW });

      expect(located(report)).toEqual([
        { file, line: 4, column: 'arr', code: 'negative_amount' },
        { file, line: 5, column: 'renewal_date', code: 'invalid_date' },
        { file, line: 6, column: 'arr', code: 'unparseable_number' },
        // Same external id as line 2 and no known_at column: two claims about one moment.
        { file, line: 7, column: undefined, code: 'duplicate_id' },
      ]);
      expect(report.issues.map((i) => i.message)).toMatchInlineSnapshot(`
        [
          "arr: amount -500 is negative",
          "renewal_date: "2026-02-30" is not a real date: February 2026 has 28 days",
          "arr: "about 9k" is not a number",
          ""A-1" appears again (first on line 2) with the same known_at",
        ]
      `);
      expect(report.counts).toEqual({ rowsRead: 7, inserted: 3, updated: 0, unchanged: 0, quarantined: 4, unmatched: 0 });
      // The first claim stands; the repeat is quarantined as the file wrote it.
      expect(await AccountRepository.asOf(db(), 'A-1', NOW)).toMatchObject({ name: 'Acme', arr: 12000 });
      expect(report.issues.find((i) => i.code === 'duplicate_id')?.raw).toBe(readFileSync(file, 'utf8').split('\n')[6]);
    });

    describe('matching tickets to accounts', () => {
      let report: FileImportReport;
      const file = join(FIXTURES, 'tickets.csv');
      beforeEach(async () => {
        await importFile(db(), join(FIXTURES, 'accounts.csv'), { now: NOW });
        report = await importFile(db(), file, { now: NOW });
      });

      it('quarantines a ticket naming an account we do not have, with its line', () => {
        expect(report.issues.filter((i) => i.line === 3).map(({ line, code, message }) => ({ line, code, message }))).toEqual([
          { line: 3, code: 'unknown_account', message: 'account "A-404" is not known (import accounts first, or fix the id)' },
        ]);
      });

      it('matches a ticket without an account id by the requester email domain', async () => {
        const refs = await AccountRepository.refs(db());
        const idOf = (externalId: string) => refs.find((a) => a.externalId === externalId)?.id;
        const tickets = await selectRows(test.store, 'tickets', ['record_key']);
        expect(tickets.map((t) => [t.record_key, Number(t.account_id), Number(t.source_line)])).toEqual([
          ['T-1', idOf('A-1'), 2],
          ['T-3', idOf('A-2'), 4],
        ]);
      });

      it('rejects a free-mail requester domain, and a domain no account has, each with its line', () => {
        expect(report.issues.filter((i) => i.line > 3).map(({ line, code, message }) => ({ line, code, message }))).toEqual([
          { line: 5, code: 'unknown_account', message: 'no account id, and gmail.com is a free-mail domain that matches no account' },
          { line: 6, code: 'unknown_account', message: 'no account id, and no account has the domain unknown-co.com' },
        ]);
        expect(report.counts).toEqual({ rowsRead: 5, inserted: 2, updated: 0, unchanged: 0, quarantined: 3, unmatched: 0 });
      });

      it('names the column as the file does when a ticket matches no account', async () => {
        expect(located(report).map((i) => [i.line, i.column])).toEqual([
          [3, 'account_external_id'],
          [5, 'requester_email'],
          [6, 'requester_email'],
        ]);
        // "Account" is an alias of account_external_id: the issue must say "Account", the header the user sees.
        const aliased = write('tickets.csv', 'external_id,Account,opened_at,status\nT-9,A-404,2026-10-09T09:00:00Z,open\n');
        const issue = (await importFile(db(), aliased, { now: NOW })).issues[0];
        expect(issue).toMatchObject({ line: 2, code: 'unknown_account', column: 'Account' });
        const stored = await ImportRepository.quarantine(db());
        expect(stored.filter((q) => q.code === 'unknown_account').map((q) => q.column_name).sort()).toEqual(['Account', 'account_external_id', 'requester_email', 'requester_email']);
      });
    });

    it('quarantines a row holding a byte that is not UTF-8 in a UTF-8 file, with its line', async () => {
      // Past the first 64 KiB, which are sniffed to choose the encoding, so the file reads as UTF-8.
      const good = Array.from({ length: 2000 }, (_, i) => `ACC-${i + 1},Café ${i + 1},cafe-${i + 1}.com,${1000 + i}\n`).join('');
      const bad = Buffer.concat([Buffer.from('ACC-X,Caf'), Buffer.from([0xff]), Buffer.from(',cafe-x.com,1\n')]);
      const file = write('accounts.csv', Buffer.concat([Buffer.from(`external_id,name,domains,arr\n${good}`), bad, Buffer.from('ACC-Y,Last,last.com,2\n')]));

      const report = await importFile(db(), file, { now: NOW });

      expect(report.encoding).toBe('utf-8');
      expect(located(report)).toEqual([{ file, line: 2002, column: undefined, code: 'invalid_encoding' }]);
      expect(report.issues[0]?.raw).toBe('ACC-X,Caf\ufffd,cafe-x.com,1');
      expect(report.counts).toMatchObject({ rowsRead: 2002, inserted: 2001, quarantined: 1 });
      expect(await AccountRepository.asOf(db(), 'ACC-1', NOW)).toMatchObject({ name: 'Café 1' });
    });

    it('quarantines a last line cut off mid-row as truncated, with its line', async () => {
      const file = join(FIXTURES, 'accounts_truncated.csv');
      expect(readFileSync(file, 'utf8').endsWith('\n'), 'the fixture must not end with a line break').toBe(false);

      const report = await importFile(db(), file, { now: NOW });

      expect(located(report)).toEqual([{ file, line: 4, column: undefined, code: 'truncated_row' }]);
      expect(report.counts).toEqual({ rowsRead: 3, inserted: 2, updated: 0, unchanged: 0, quarantined: 1, unmatched: 0 });
    });

    it('reads an NDJSON record\'s fields that the first record lacks', async () => {
      await importFile(db(), write('accounts.csv', csv([['external_id', 'name'], ['A1', 'Acme']])), { now: NOW });
      const lines = [
        { external_id: 'T1', account_external_id: 'A1', opened_at: '2026-11-01T09:00:00Z', status: 'open' },
        { external_id: 'T2', account_external_id: 'A1', opened_at: '2026-11-02T09:00:00Z', status: 'solved', closed_at: '2026-11-03T09:00:00Z', csat: 4 },
        { external_id: 'T3', opened_at: '2026-11-04T09:00:00Z', status: 'open', requester_email: 'nobody@example.com' },
      ];
      const file = write('tickets.ndjson', lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

      const report = await importFile(db(), file, { now: NOW });

      expect(report.counts).toMatchObject({ rowsRead: 3, inserted: 2, quarantined: 1 });
      // T3 is matched by its requester's email, a field only it has; no account has the domain.
      expect(located(report)).toEqual([{ file, line: 3, column: 'requester_email', code: 'unknown_account' }]);
      const rows = await selectRows(test.store, 'tickets', ['record_key']);
      expect(rows.map((r) => [r.record_key, r.closed_at ?? null, r.csat ?? null])).toEqual([
        ['T1', null, null],
        ['T2', '2026-11-03T09:00:00.000Z', 4],
      ]);
    });

    it('refuses a file without a required column as a whole, and writes nothing', async () => {
      const file = join(FIXTURES, 'accounts_without_name.csv');

      const report = await importFile(db(), file, { now: NOW });

      expect(report.fileIssue).toEqual({ file, line: 0, code: 'missing_column', message: `${file}: required column(s) missing: name (map them with --mapping)` });
      expect(report.counts).toEqual({ rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, quarantined: 0, unmatched: 0 });
      expect(await countRows(test.store, 'accounts')).toBe(0);
      expect(await countRows(test.store, 'quarantine')).toBe(0);
    });

    it('re-importing the same files changes nothing', async () => {
      const first = await importFiles(test.store, [demo.dir], { now: NOW });
      const before = await tableState();

      const again = await importFiles(test.store, [demo.dir], { now: LATER });

      expect(await tableState()).toEqual(before);
      expect(first.totals.inserted).toBeGreaterThan(0);
      // What waits for review still waits, and counts as such (the list holds it once).
      expect(first.totals.unmatched).toBeGreaterThan(0);
      expect(again.totals).toEqual({ ...first.totals, inserted: 0, updated: 0, unchanged: first.totals.rowsRead - first.totals.quarantined - first.totals.unmatched });
      for (const f of again.files) expect(f.counts.unchanged, f.file).toBe(f.counts.rowsRead - f.counts.quarantined - f.counts.unmatched);
      const runs = await ImportRepository.list(db());
      expect(runs).toHaveLength(2 * first.files.length);
      expect(new Set(runs.map((r) => r.status))).toEqual(new Set(['completed']));

      async function tableState() {
        const state: Record<string, unknown> = {};
        for (const kind of ENTITY_KINDS) {
          const rows = await selectRows(test.store, kind, ['record_key']);
          state[kind] = {
            ...(await factVersions(test.store, kind)),
            updatedAt: rows.map((r) => `${String(r.record_key)} ${String(r.updated_at)}`),
          };
        }
        state.quarantine = await quarantinedRows(test.store);
        state.reviewList = (await selectRows(test.store, 'unmatched_activities', ['record_key'])).map((r) => r.record_key);
        return state;
      }
    });

    it('answers what was known at a moment, also after a late backfill', async () => {
      const file = write('accounts.csv', csv([
        ['external_id', 'name', 'arr', 'known_at'],
        ['A-1', 'Acme', 1000, '2026-01-01T00:00:00Z'],
        ['A-1', 'Acme', 2000, '2026-06-01T00:00:00Z'],
      ]));

      const report = await importFile(db(), file, { now: NOW });

      expect(report.counts).toMatchObject({ inserted: 1, updated: 1, quarantined: 0 });
      const asOf = (t: string) => AccountRepository.asOf(db(), 'A-1', t);
      expect(await asOf('2025-12-31T23:59:59.999Z')).toBeUndefined();
      expect(await asOf('2026-01-01T00:00:00.000Z')).toMatchObject({ arr: 1000 });
      expect(await asOf('2026-05-31T00:00:00.000Z')).toMatchObject({ arr: 1000 });
      expect(await asOf('2026-06-01T00:00:00.000Z')).toMatchObject({ arr: 2000 });
      expect(await asOf(NOW)).toMatchObject({ arr: 2000 });
      expect((await factVersions(test.store, 'accounts')).history).toEqual([expect.stringMatching(/^A-1 2026-01-01T00:00:00.000Z 2026-06-01T00:00:00.000Z /)]);

      // A later file tells us what the account looked like before anything we knew.
      const late = write('accounts_backfill.csv', csv([
        ['external_id', 'name', 'arr', 'known_at'],
        ['A-1', 'Acme', 500, '2025-06-01T00:00:00Z'],
      ]));
      expect((await importFile(db(), late, { now: LATER })).counts).toMatchObject({ updated: 1 });

      expect(await asOf('2025-05-31T00:00:00.000Z')).toBeUndefined();
      expect(await asOf('2025-06-01T00:00:00.000Z')).toMatchObject({ arr: 500 });
      expect(await asOf('2025-12-31T00:00:00.000Z')).toMatchObject({ arr: 500 });
      expect(await asOf('2026-03-01T00:00:00.000Z')).toMatchObject({ arr: 1000 });
      expect(await asOf(LATER)).toMatchObject({ arr: 2000 });
    });

    it('a changed value in a later export becomes a new version and keeps the old one in history', async () => {
      const path = join(temp.dir, 'accounts.csv');
      writeFileSync(path, csv([['external_id', 'name', 'arr'], ['A-1', 'Acme', 1000], ['A-2', 'Globex', 2000]]));
      await importFile(db(), path, { now: NOW });
      writeFileSync(path, csv([['external_id', 'name', 'arr'], ['A-1', 'Acme', 1500], ['A-2', 'Globex', 2000]]));

      const report = await importFile(db(), path, { now: LATER });

      expect(report.knownAt).toBe(LATER);
      expect(report.counts).toEqual({ rowsRead: 2, inserted: 0, updated: 1, unchanged: 1, quarantined: 0, unmatched: 0 });
      const current = await selectRows(test.store, 'accounts', ['record_key']);
      expect(current.map((r) => [r.record_key, Number(r.arr), r.known_at, r.created_at, r.updated_at])).toEqual([
        ['A-1', 1500, LATER, NOW, LATER],
        ['A-2', 2000, NOW, NOW, NOW],
      ]);
      const history = await selectRows(test.store, 'accounts_history', ['history_id']);
      expect(history.map((r) => [r.record_key, Number(r.arr), r.known_at, r.superseded_at])).toEqual([['A-1', 1000, NOW, LATER]]);
      expect(await AccountRepository.asOf(db(), 'A-1', '2026-11-23T12:00:00.000Z')).toMatchObject({ arr: 1000 });
    });

    it('reads a Salesforce account report through its preset', async () => {
      const file = write('Salesforce Report 2026-11.csv', [
        'Account ID,Account Name,Website,Type,Annual Revenue,Account Currency,Contract End Date,Employees,Billing Country,Last Activity',
        '001Kf00000AbCdE,Acme Corp,https://www.acme.com/,Customer - Direct,"$1,200,000.00",USD,03/31/2027,250,United States,11/20/2026',
        '001Kf00000FgHiJ,Globex,globex.io,Customer - Channel,85000,EUR,12/01/2026,40,Germany,',
        '',
      ].join('\n'));

      const report = await importFile(db(), file, { now: NOW });

      expect(report).toMatchObject({ kind: 'accounts', preset: 'salesforce-accounts', ignoredColumns: ['Last Activity'] });
      expect(report.issues).toEqual([]);
      expect(await AccountRepository.asOf(db(), '001Kf00000AbCdE', NOW)).toEqual({
        externalId: '001Kf00000AbCdE',
        name: 'Acme Corp',
        domains: ['acme.com'],
        segment: 'Customer - Direct',
        arr: 1_200_000,
        currency: 'USD',
        renewalDate: '2027-03-31',
        seats: 250,
        attributes: { region: 'United States' },
      });
      expect(await AccountRepository.asOf(db(), '001Kf00000FgHiJ', NOW)).toMatchObject({ domains: ['globex.io'], renewalDate: '2026-12-01', currency: 'EUR' });
    });

    it('maps custom headers with a mapping written in YAML', async () => {
      const mapping = ColumnMappingSchema.parse(
        parseYaml(`
          name: our-erp
          kind: accounts
          columns:
            external_id: Kundennummer
            name: Firma
            domains: E-Mail-Domain
            arr: Jahresumsatz
            renewal_date: Vertragsende
          defaults:
            currency: EUR
          dateFormat: DD.MM.YYYY
          attributes:
            region: Bundesland
        `),
      );
      const file = write('export.csv', 'Kundennummer;Firma;E-Mail-Domain;Jahresumsatz;Vertragsende;Bundesland;Notiz\nK-1;Müller GmbH;mueller.de;48000;31.03.2027;Bayern;x\nK-2;Schmidt AG;schmidt.de;viel;01.02.2027;Hessen;\n');

      const report = await importFile(db(), file, { now: NOW, mapping });

      expect(report).toMatchObject({ kind: 'accounts', ignoredColumns: ['Notiz'] });
      expect(located(report)).toEqual([{ file, line: 3, column: 'Jahresumsatz', code: 'unparseable_number' }]);
      expect(await AccountRepository.asOf(db(), 'K-1', NOW)).toEqual({
        externalId: 'K-1',
        name: 'Müller GmbH',
        domains: ['mueller.de'],
        arr: 48000,
        currency: 'EUR',
        renewalDate: '2027-03-31',
        attributes: { region: 'Bayern' },
      });
    });

    it('a second thread (taking turns on SQLite, preparing on PostgreSQL) gives the same store and report as this thread alone', async () => {
      const other = await createTestStore(dialect);
      try {
        const inline = await importFiles(test.store, [demo.dir], { now: NOW, threads: 'inline' });
        const worker = await importFiles(other.store, [demo.dir], { now: NOW, threads: 'worker' });

        const strip = (r: typeof inline) => r.files.map((f) => ({ ...f, importId: undefined }));
        expect(strip(worker)).toEqual(strip(inline));
        expect(worker.totals.quarantined).toBeGreaterThan(0);
        for (const kind of ENTITY_KINDS) expect(await factVersions(other.store, kind), kind).toEqual(await factVersions(test.store, kind));
        expect(await quarantinedRows(other.store)).toEqual(await quarantinedRows(test.store));
      } finally {
        await other.cleanup();
      }
    });

    it('with a second thread, a file that cannot be read is reported and the next imported', async () => {
      const missing = join(temp.dir, 'accounts.csv');
      const good = write('contacts.csv', csv([['email', 'name'], ['ann@example.org', 'Ann']]));

      const report = await importFiles(test.store, [missing, good], { now: NOW, threads: 'worker' });

      expect(report.files.map((f) => f.fileIssue?.code)).toEqual(['unreadable_file', undefined]);
      expect(report.files[1]?.counts.rowsRead).toBe(1);
    });

    it('imports the demo data, quarantining its dirty rows with a line and a code', async () => {
      const report = await importFiles(test.store, [demo.dir], { now: NOW });

      expect(report.totals.failedFiles).toBe(0);
      expect(report.totals.quarantined).toBeGreaterThan(0);
      expect(report.totals.inserted).toBeGreaterThan(0);
      // Accounts come first, whatever the directory order, so nothing is rejected for want of them.
      expect(report.files[0]?.kind).toBe('accounts');
      for (const f of report.files) {
        expect(f.issues, f.file).toHaveLength(f.counts.quarantined);
        // CSV line 1 is the header; an NDJSON record may sit on line 1.
        const firstDataLine = f.format === 'csv' ? 2 : 1;
        for (const issue of f.issues) {
          expect(issue.line, `${f.file}: ${issue.message}`).toBeGreaterThanOrEqual(firstDataLine);
          expect(issue.code).toMatch(/^[a-z_]+$/);
          expect(issue.raw).toBeTruthy();
        }
      }
      const stored = await ImportRepository.quarantine(db(), { limit: 10_000 });
      expect(stored).toHaveLength(report.totals.quarantined);
      expect(stored.every((q) => q.line > 0 && q.code !== '')).toBe(true);
    });
  });
}
