import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { factVersion, upsertFactVersions, type FactVersion } from './fact-repository.js';
import { factStatementsFor } from './fact-statements-for.js';
import { copyValue } from './postgres-copy.js';

/** The feedback table's columns these tests read (the store's Database type names only some fact tables). */
interface FeedbackRow {
  id: number;
  record_key: string;
  text: string | null;
  account_id: number;
  content_hash: string;
  source_line: number;
}

const STAMP = { importId: 1, checksum: 'fact-statements-test', now: '2026-11-23T00:00:00.000Z' };
const KNOWN = '2026-11-01T00:00:00.000Z';

// Text that COPY's text format (PostgreSQL) and array literals must carry through unchanged.
const AWKWARD = [
  'tab\there',
  'two\nlines',
  'windows\r\nline end',
  'back\\slash and a literal \\N',
  '\\N',
  'quotes " and \' and {braces, commas}',
  'NULL',
  'émoji 🚀 and ünïcödé',
  '',
  'trailing backslash \\',
];

function feedback(i: number, text: string | undefined): FactVersion {
  const record = { externalId: `FB-${i}`, accountId: 7, source: 'survey', receivedAt: '2026-10-0' + ((i % 9) + 1) + 'T12:00:00.000Z', ...(text === undefined ? {} : { text }) };
  return factVersion('feedback', { key: `FB-${i}`, knownAt: KNOWN, line: i + 2, record });
}

describe('copyValue', () => {
  it('writes null as \\N and escapes backslash, tab, newline and carriage return', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue(undefined)).toBe('\\N');
    expect(copyValue(-12.5)).toBe('-12.5');
    expect(copyValue('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyValue('\\N')).toBe('\\\\N');
    expect(copyValue('plain "text"')).toBe('plain "text"');
  });
});

for (const dialect of DIALECTS) {
  describe(`fact statements (${dialect})`, () => {
    let test: TestStore;
    const versions = [...AWKWARD.map((text, i) => feedback(i, text)), feedback(AWKWARD.length, undefined)];

    beforeAll(async () => {
      test = await createTestStore(dialect);
      const statements = factStatementsFor(test.store.db);
      const outcome = await test.store.db.transaction().execute((trx) => upsertFactVersions(trx, 'feedback', versions, STAMP, statements));
      expect(outcome.inserted).toBe(versions.length);
    });
    afterAll(async () => test?.cleanup());
    const feedbackTable = () => test.store.db as unknown as Kysely<{ feedback: FeedbackRow }>;

    it('stores every value as given, awkward text and a missing one included', async () => {
      const rows = await feedbackTable().selectFrom('feedback').select(['record_key', 'text', 'account_id', 'content_hash', 'source_line']).orderBy('id').execute();
      expect(rows.map((r) => r.text)).toEqual([...AWKWARD, null]);
      expect(rows.map((r) => r.record_key)).toEqual(versions.map((v) => v.key));
      expect(rows.map((r) => r.content_hash)).toEqual(versions.map((v) => v.hash));
      expect(rows.map((r) => Number(r.source_line))).toEqual(versions.map((v) => v.line));
      expect(new Set(rows.map((r) => Number(r.account_id)))).toEqual(new Set([7]));
    });

    it('numbers new rows in the order they were given', async () => {
      const rows = await feedbackTable().selectFrom('feedback').select(['id', 'record_key']).orderBy('record_key').execute();
      const idOf = new Map(rows.map((r) => [r.record_key, Number(r.id)]));
      const ids = versions.map((v) => idOf.get(v.key)!);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(versions.length);
    });

    it('recognises the stored rows as unchanged when offered again', async () => {
      const statements = factStatementsFor(test.store.db);
      const again = await test.store.db.transaction().execute((trx) => upsertFactVersions(trx, 'feedback', versions, { ...STAMP, importId: 2, checksum: 'again' }, statements));
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: versions.length });
    });

    it('rolls the rows back with the transaction they were written in', async () => {
      const statements = factStatementsFor(test.store.db);
      const extra = [feedback(100, 'written, then rolled back\twith a tab')];
      await expect(
        test.store.db.transaction().execute(async (trx) => {
          await upsertFactVersions(trx, 'feedback', extra, STAMP, statements);
          throw new Error('abandon the batch');
        }),
      ).rejects.toThrow('abandon the batch');
      const found = await feedbackTable().selectFrom('feedback').select('id').where('record_key', '=', 'FB-100').execute();
      expect(found).toEqual([]);
    });
  });
}
