import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnName, ENTITY_KIND_SPECS, ENTITY_KINDS, type EntityKind, entityFields, fieldName } from '../domain/index.js';
import { DEMO_CALENDAR_FILE, DEMO_MAIL_FILE, type DemoAccountTruth, type DemoResult, DIRTY_KINDS, generateDemo, type RowFileSummary } from './index.js';

const AS_OF = '2026-11-01T00:00:00Z';
const ACCOUNTS = 30;

type Raw = Record<string, unknown>;

/** Rows of a demo file as the importer would see them: column → value, NDJSON objects as they are. */
async function readRows(path: string): Promise<{ header: string[]; rows: Raw[] }> {
  const text = await readFile(path, 'utf8');
  if (path.endsWith('.ndjson')) {
    const rows = text.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as Raw);
    return { header: [...new Set(rows.flatMap((r) => Object.keys(r)))], rows };
  }
  const parsed = Papa.parse<Raw>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

/** snake_case columns → schema fields; `attr_*` columns into `attributes`. */
function toRecord(row: Raw): Raw {
  const record: Raw = {};
  const attributes: Raw = {};
  for (const [column, value] of Object.entries(row)) {
    if (column.startsWith('attr_')) attributes[column.slice(5)] = value;
    else record[fieldName(column)] = value;
  }
  if (Object.keys(attributes).length > 0) record.attributes = attributes;
  return record;
}

/** Planted impossible dates (YYYY-02-30) would compare as text against a churn date by accident. */
function isPlantedBadDate(value: unknown): boolean {
  return String(value).slice(4, 10) === '-02-30';
}

function canonicalColumns(kind: EntityKind): string[] {
  return entityFields(kind)
    .filter((f) => f !== 'attributes')
    .map(columnName);
}

describe('generateDemo', () => {
  let dir: string;
  let result: DemoResult;
  const truths: DemoAccountTruth[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bellwether-demo-'));
    result = await generateDemo({ size: ACCOUNTS, seed: 11, asOf: AS_OF, outDir: dir, onAccount: (t) => truths.push(t) });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const rowFiles = (): RowFileSummary[] => result.files.filter((f): f is RowFileSummary => f.format === 'csv' || f.format === 'ndjson');

  it('writes one row file per importable kind, then the mailbox and the calendar, and reports the account count', () => {
    expect(result.accounts).toBe(ACCOUNTS);
    expect(rowFiles().map((f) => f.kind)).toEqual([...ENTITY_KINDS]);
    expect(result.files.slice(-2).map((f) => [f.path.slice(dir.length + 1), f.kind, f.format])).toEqual([
      [DEMO_MAIL_FILE, 'activities', 'mbox'],
      [DEMO_CALENDAR_FILE, 'activities', 'ics'],
    ]);
    for (const f of result.files) expect(f.rows).toBeGreaterThan(0);
  });

  it('names columns as the canonical snake_case of the schema fields', async () => {
    for (const file of rowFiles()) {
      const { header } = await readRows(file.path);
      const canonical = canonicalColumns(file.kind);
      if (file.path.endsWith('.csv')) {
        expect(header.filter((c) => !c.startsWith('attr_'))).toEqual(canonical);
        if (file.kind !== 'accounts') expect(header.some((c) => c.startsWith('attr_'))).toBe(false);
      } else {
        expect(header.filter((c) => !canonical.includes(c))).toEqual([]);
      }
    }
  });

  it('fails the schema on exactly the dirty rows that are not unknown-account or duplicate rows', async () => {
    const accountIds = new Set((await readRows(join(dir, 'accounts.csv'))).rows.map((r) => String(r.external_id)));
    for (const file of rowFiles()) {
      const spec = ENTITY_KIND_SPECS[file.kind];
      const { rows } = await readRows(file.path);
      expect(rows.length).toBe(file.rows);
      const seen = new Set<string>();
      let failures = 0;
      let unknown = 0;
      let duplicates = 0;
      for (const row of rows) {
        const record = toRecord(row);
        if (!spec.schema.safeParse(record).success) failures++;
        const account = record.accountExternalId;
        if (spec.accountRef !== 'none' && typeof account === 'string' && account !== '' && !accountIds.has(account)) unknown++;
        const key = `${spec.naturalKey(record)}@${String(record.knownAt)}`;
        if (seen.has(key)) duplicates++;
        seen.add(key);
      }
      const { unknown_account: plantedUnknown, duplicate: plantedDuplicates } = file.dirtyByKind;
      expect({ kind: file.kind, failures, unknown, duplicates }).toEqual({
        kind: file.kind,
        failures: file.dirtyRows - plantedUnknown - plantedDuplicates,
        unknown: plantedUnknown,
        duplicates: plantedDuplicates,
      });
    }
  });

  it('plants every kind of dirty row even in a tiny data set', () => {
    for (const kind of DIRTY_KINDS) {
      expect(rowFiles().reduce((n, f) => n + f.dirtyByKind[kind], 0), kind).toBeGreaterThan(0);
    }
  });

  it('writes an outcome per renewal with a realistic churn share', async () => {
    const { rows } = await readRows(join(dir, 'outcomes.csv'));
    const renewals = truths.flatMap((t) => t.renewals);
    expect(rows.length).toBe(renewals.length);
    const churnShare = rows.filter((r) => r.kind === 'churned').length / rows.length;
    expect(churnShare).toBeGreaterThan(0.05);
    expect(churnShare).toBeLessThan(0.3);
  });

  it('churns accounts whose recent latent health was lower', () => {
    const renewals = truths.flatMap((t) => t.renewals);
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const churned = mean(renewals.filter((r) => r.kind === 'churned').map((r) => r.recentHealth));
    const kept = mean(renewals.filter((r) => r.kind !== 'churned').map((r) => r.recentHealth));
    expect(churned).toBeLessThan(kept - 0.1);
  });

  it('stops usage and activities of a churned account at its churn date', async () => {
    const churnedOn = new Map(truths.filter((t) => t.churnedOn).map((t) => [t.externalId, `${t.churnedOn}T00:00:00Z`]));
    expect(churnedOn.size).toBeGreaterThan(0);
    const usage = (await readRows(join(dir, 'usage_days.csv'))).rows;
    const late = usage.filter((r) => {
      const churn = churnedOn.get(String(r.account_external_id));
      return churn !== undefined && !isPlantedBadDate(r.date) && `${String(r.date)}T00:00:00Z` >= churn;
    });
    expect(late).toEqual([]);
    const activities = (await readRows(join(dir, 'activities.ndjson'))).rows;
    const lateActivities = activities.filter((r) => {
      const churn = churnedOn.get(String(r.account_external_id));
      return churn !== undefined && !isPlantedBadDate(r.occurred_at) && String(r.occurred_at) >= churn;
    });
    expect(lateActivities).toEqual([]);
  });

  it('records a churn as a later account version with lifecycle stage churned', async () => {
    const accounts = (await readRows(join(dir, 'accounts.csv'))).rows;
    const churnRows = accounts.filter((r) => r.lifecycle_stage === 'churned');
    const churned = truths.filter((t) => t.churnedOn);
    // A churn row may itself be one of the planted dirty rows, hence "at most" the dirty count missing.
    const dirty = rowFiles().find((f) => f.kind === 'accounts')?.dirtyRows ?? 0;
    expect(churnRows.length).toBeGreaterThanOrEqual(churned.length - dirty);
    for (const row of churnRows) {
      expect(churned.some((t) => t.externalId === row.external_id && `${t.churnedOn}T00:00:00Z` === row.known_at)).toBe(true);
    }
  });
});
