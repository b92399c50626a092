import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/test-setup.js';
import { generateDemo } from '../demo/index.js';
import { columnName, ENTITY_KIND_SPECS, entityFields, InvoiceSchema } from '../domain/index.js';
import { compileRecordValidator } from './compile-record-validator.js';
import { kindFromFileName } from './detect-kind.js';
import { readerFor } from './readers/index.js';

const demo = makeTempDir('bw-validator-');
beforeAll(async () => {
  await generateDemo({ size: 40, asOf: '2026-11-01T00:00:00Z', outDir: demo.dir, seed: 3 });
});
afterAll(() => demo.remove());

/** What zod makes of a row, with undefined fields dropped (the import never reads them). */
function zodResult(schema: (typeof ENTITY_KIND_SPECS)[keyof typeof ENTITY_KIND_SPECS]['schema'], input: Record<string, unknown>) {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message, reason: (i as { params?: { reason?: string } }).params?.reason })) };
  return { ok: true, record: Object.fromEntries(Object.entries(parsed.data as Record<string, unknown>).filter(([, v]) => v !== undefined)) };
}

describe('compileRecordValidator', () => {
  it('accepts and rejects every demo row exactly as the zod schema does, with the same values and reasons', async () => {
    let rows = 0;
    let rejected = 0;
    for (const name of readdirSync(demo.dir).filter((n) => n.endsWith('.csv') || n.endsWith('.ndjson'))) {
      const kind = kindFromFileName(name)!;
      const spec = ENTITY_KIND_SPECS[kind];
      const validate = compileRecordValidator(spec.schema);
      const fields = entityFields(kind).filter((f) => f !== 'attributes');
      const opened = await readerFor(name)!.open(join(demo.dir, name));
      for await (const batch of opened.batches) {
        for (const r of batch) {
          if (!r.ok) continue;
          const input: Record<string, unknown> = {};
          for (const f of fields) {
            const v = r.record.values[columnName(f)];
            if (v !== undefined && v !== '') input[f] = v;
          }
          const ours = validate(input);
          const theirs = zodResult(spec.schema, input);
          const mine = ours.ok ? { ok: true, record: ours.record } : { ok: false, issues: ours.issues.map((i) => ({ path: i.path, message: i.message, reason: i.params?.reason })) };
          expect(mine, `${name}:${r.record.line}`).toEqual(theirs);
          rows++;
          if (!ours.ok) rejected++;
        }
      }
    }
    // The demo has dirty rows on purpose: both outcomes were compared.
    expect(rows).toBeGreaterThan(5000);
    expect(rejected).toBeGreaterThan(0);
  });

  it('runs the record checks only once every field is valid', () => {
    const validate = compileRecordValidator(InvoiceSchema);
    const input = { externalId: 'I-1', accountExternalId: 'A-1', issuedDate: '2026-02-01', dueDate: '2026-01-01', amount: '10', status: 'open' };

    expect(validate(input)).toEqual({ ok: false, issues: [{ path: ['dueDate'], code: 'custom', message: 'due date 2026-01-01 is before issue date 2026-02-01', params: { reason: 'inconsistent_dates' } }] });
    const both = validate({ ...input, amount: '-5' });
    expect(both.ok ? [] : both.issues.map((i) => i.params?.reason)).toEqual(['negative_amount']);
  });
});
