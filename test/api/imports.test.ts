import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '@hono/node-server';
import { BackgroundWork } from '../../src/server/background-work.js';
import { createApp, startServer, storeAuthenticator, type ApiDeps, type RunningServer } from '../../src/server/index.js';
import { DIALECTS } from '../test-setup.js';
import { API_TEST_NOW, startApiHarness, type ApiHarness, type HarnessRole } from './api-harness.js';

const CORPUS = '/work/shared/corpus/churn';
const TELCO = 'WA_Fn-UseC_-Telco-Customer-Churn.csv';

interface UploadPart {
  readonly name: string;
  readonly content: string | Uint8Array;
}

function form(files: readonly UploadPart[], fields: Readonly<Record<string, string>> = {}): FormData {
  const body = new FormData();
  for (const f of files) body.append('file', new Blob([f.content]), f.name);
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return body;
}

/** accounts.csv with `rows` accounts whose arr is unreadable on the given rows (1-based; row n is on line n + 1). */
function accountsCsv(prefix: string, rows: number, badRows: readonly number[]): string {
  const lines = ['external_id,name,arr'];
  for (let i = 1; i <= rows; i++) lines.push(`${prefix}-${String(i).padStart(4, '0')},Upload ${i},${badRows.includes(i) ? 'n/a' : i * 10}`);
  return `${lines.join('\n')}\n`;
}

/** tickets.csv with `rows` tickets of the given accounts whose opened_at is unreadable on the given rows (row n is on line n + 1). */
function ticketsCsv(prefix: string, rows: number, badRows: readonly number[], accounts: readonly string[]): string {
  const lines = ['external_id,account_external_id,opened_at,status'];
  for (let i = 1; i <= rows; i++) lines.push(`${prefix}-${String(i).padStart(4, '0')},${accounts[i % accounts.length]},${badRows.includes(i) ? 'last tuesday' : '2026-11-20T10:00:00Z'},open`);
  return `${lines.join('\n')}\n`;
}

/** Another server on the harness's store whose imports ask for no rescore. */
async function serveWithoutRescore(h: ApiHarness): Promise<{ base: string; close(): Promise<void> }> {
  const now = () => API_TEST_NOW;
  const deps: ApiDeps = { ...h.server.deps, background: new BackgroundWork({ log: pino({ level: 'silent' }), now, rescore: async () => {} }) };
  const app = createApp(deps, storeAuthenticator(h.store, now));
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({
        base: `http://127.0.0.1:${info.port}`,
        close: async () => {
          await new Promise((done) => server.close(done));
          await deps.background.idle();
        },
      }),
    );
  });
}

/** Polls a job until it is done, without sleeping more than a few milliseconds at a time. */
async function finishedJob(h: ApiHarness, role: HarnessRole, location: string) {
  for (let i = 0; i < 5_000; i++) {
    const { body } = await h.json(role, location);
    if (body.status === 'completed' || body.status === 'failed') return body;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`job ${location} did not finish`);
}

for (const dialect of DIALECTS) {
  describe(`import API (${dialect})`, () => {
    let h: ApiHarness;
    const upload = (role: HarnessRole, files: readonly UploadPart[], fields: Readonly<Record<string, string>> = {}, query = '?wait=true') =>
      h.json(role, `/api/v1/import-jobs${query}`, { method: 'POST', body: form(files, fields) });
    const leftovers = () => readdirSync(join(h.dir, 'uploads'));

    beforeAll(async () => {
      h = await startApiHarness(dialect);
    }, 120_000);
    afterAll(async () => h?.close());

    it('imports a CSV of 1,000 rows with 3 bad ones: 997 in, the 3 named by file, line, column and reason', async () => {
      const { status, body } = await upload('manager', [{ name: 'tickets.csv', content: ticketsCsv('UP', 1000, [137, 512, 999], h.repAccounts) }]);
      expect(status).toBe(200);
      expect(body.status).toBe('completed');
      expect(body.report.totals).toMatchObject({ rowsRead: 1000, inserted: 997, quarantined: 3, failedFiles: 0 });
      expect(body.report.files).toEqual([expect.objectContaining({ file: 'tickets.csv', kind: 'tickets', format: 'csv', rowsRead: 1000, inserted: 997, quarantined: 3, fileIssue: null })]);
      expect(body.report.rejected.map((r: { file: string; line: number; column: string; code: string }) => `${r.file}:${r.line} ${r.column} ${r.code}`)).toEqual([
        'tickets.csv:138 opened_at invalid_timestamp',
        'tickets.csv:513 opened_at invalid_timestamp',
        'tickets.csv:1000 opened_at invalid_timestamp',
      ]);
      expect(body.report.rejected[0].message).toMatchInlineSnapshot(`"opened_at: "last tuesday" is not a timestamp (expected ISO 8601, e.g. 2024-05-01T09:30:00Z)"`);
      expect(body.links.self).toBe(`/api/v1/import-jobs/${body.id}`);
      expect(body.report.files[0].links.quarantine).toBe(`/api/v1/imports/${body.report.files[0].importId}/quarantine`);
      // The upload's files are gone once imported.
      await h.server.deps.background.idle();
      expect(leftovers()).toEqual([]);
    });

    it('imports uploaded mail and calendars: messages and meetings no account matches are counted and their addresses listed', async () => {
      const mbox = await readFile('/work/shared/corpus/mail/ponymail-users_ponymail_apache_org_2019-09.mbox');
      const eml = await readFile('/work/shared/corpus/mail/flanker-missing-final-boundary.eml');
      const ics = await readFile('/work/shared/corpus/calendar/node-ical-event-organizer-cn.ics');
      const { status, body } = await upload('manager', [
        { name: 'list.mbox', content: mbox },
        { name: 'undated.eml', content: eml },
        { name: 'meeting.ics', content: ics },
      ]);
      expect(status).toBe(200);
      const byName = Object.fromEntries(body.report.files.map((f: { file: string }) => [f.file, f]));
      expect(byName['list.mbox']).toMatchObject({ kind: 'activities', format: 'mbox', rowsRead: 4, unmatched: 4, quarantined: 0 });
      expect(byName['list.mbox'].unmatchedAddresses.map((u: { address: string }) => u.address)).toContain('rbowen@rcbowen.com');
      expect(byName['undated.eml']).toMatchObject({ format: 'eml', rowsRead: 1, quarantined: 1 });
      expect(byName['meeting.ics']).toMatchObject({ format: 'ics', rowsRead: 1, unmatched: 1 });
      expect(body.report.totals).toMatchObject({ unmatched: 5, quarantined: 1 });
      expect(body.report.rejected).toEqual([expect.objectContaining({ file: 'undated.eml', line: 1, code: 'missing_date' })]);
    });

    it('imports files given in any order: accounts first, then the tickets that name them', async () => {
      const account = 'ORD-1';
      const tickets = `${JSON.stringify({ external_id: 'ORD-T1', account_external_id: account, opened_at: '2026-11-20T10:00:00Z', status: 'open' })}\n`;
      const { body } = await upload('admin', [
        { name: 'tickets.ndjson', content: tickets },
        { name: 'accounts.csv', content: `external_id,name\n${account},Ordered Inc\n` },
      ]);
      expect(body.files).toEqual(['tickets.ndjson', 'accounts.csv']);
      expect(body.report.files.map((f: { file: string; kind: string; inserted: number; quarantined: number }) => `${f.file} ${f.kind} +${f.inserted} !${f.quarantined}`)).toEqual(['accounts.csv accounts +1 !0', 'tickets.ndjson tickets +1 !0']);
    });

    it('answers 202 at once without wait, and the job reports progress, then the report', async () => {
      const res = await h.fetchAs('manager', '/api/v1/import-jobs', { method: 'POST', body: form([{ name: 'tickets.csv', content: ticketsCsv('POLL', 300, [2], h.otherRepAccounts) }]) });
      expect(res.status).toBe(202);
      const started = (await res.json()) as { id: string; status: string; report: unknown };
      expect(['queued', 'running', 'completed']).toContain(started.status);
      const location = res.headers.get('location') as string;
      expect(location).toBe(`/api/v1/import-jobs/${started.id}`);
      const job = await finishedJob(h, 'manager', location);
      expect(job.status).toBe('completed');
      expect(job.progress.done).toBe(job.progress.total);
      expect(job.report.totals).toMatchObject({ rowsRead: 300, inserted: 299, quarantined: 1 });
    });

    it('shows a job to its creator, admins and managers only', async () => {
      const { body } = await upload('manager', [{ name: 'accounts.csv', content: 'external_id,name\nSEEN-1,Seen\n' }]);
      expect((await h.json('admin', body.links.self)).status).toBe(200);
      expect((await h.json('rep', body.links.self)).status).toBe(404);
      expect((await h.json('viewer', body.links.self)).status).toBe(404);
      expect((await h.json('manager', '/api/v1/import-jobs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });

    it('refuses uploads from roles that may not import (403), before reading the files', async () => {
      for (const role of ['viewer', 'rep'] as const) {
        const { status, body } = await upload(role, [{ name: 'accounts.csv', content: 'external_id,name\nNO-1,No\n' }]);
        expect(status).toBe(403);
        expect(body.type).toBe('https://bellwether.dev/problems/forbidden');
      }
      expect(leftovers()).toEqual([]);
    });

    it('rejects a file it cannot read by its extension with a 400 naming it, and keeps nothing', async () => {
      const { status, body } = await upload('manager', [
        { name: 'accounts.csv', content: 'external_id,name\nX-1,X\n' },
        { name: 'Q3 report.xlsx', content: 'PK\u0003\u0004' },
      ]);
      expect(status).toBe(400);
      expect(body.detail).toContain('"Q3 report.xlsx"');
      expect(body.errors).toEqual([expect.objectContaining({ field: 'file', in: 'form', code: 'unsupported_file' })]);
      expect(leftovers()).toEqual([]);
    });

    it('rejects an unknown kind, a bad mapping and an upload without files with a 400 naming the field', async () => {
      const file = { name: 'data.csv', content: 'id\n1\n' };
      const kind = await upload('manager', [file], { kind: 'widgets' });
      expect(kind.status).toBe(400);
      expect(kind.body.errors[0]).toMatchObject({ field: 'kind', in: 'form' });
      const mapping = await upload('manager', [file], { mapping: 'columns:\n  external_id: [not, a, header]\n' });
      expect(mapping.status).toBe(400);
      expect(mapping.body.errors[0].field).toBe('mapping.columns.external_id');
      const none = await upload('manager', [], { kind: 'accounts' });
      expect(none.status).toBe(400);
      expect(none.body.errors[0]).toMatchObject({ field: 'file', code: 'missing_file' });
      expect(leftovers()).toEqual([]);
    });

    it('sanitises a file name with a path or odd characters', async () => {
      const { body } = await upload('manager', [{ name: '../../etc/accounts<1>.csv', content: 'external_id,name\nSAFE-1,Safe\n' }]);
      expect(body.files).toEqual(['accounts_1_.csv']);
      expect(body.report.files[0]).toMatchObject({ file: 'accounts_1_.csv', inserted: 1 });
    });

    it('reports a file whose kind it cannot tell as a file issue, with the upload’s own name', async () => {
      const { body } = await upload('manager', [{ name: 'export.csv', content: 'a,b\n1,2\n' }]);
      expect(body.report.files[0]).toMatchObject({ file: 'export.csv', importId: null, fileIssue: { code: 'unknown_kind' }, links: null });
      expect(body.report.files[0].fileIssue.message).not.toContain(h.dir);
      expect(body.report.totals.failedFiles).toBe(1);
    });

    it('lists import runs newest first by cursor, with the fields of the first API and the upload’s file name', async () => {
      const first = await h.json('admin', '/api/v1/imports?limit=2');
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(2);
      expect(Object.keys(first.body.items[0]).sort()).toEqual(
        ['checksum', 'finishedAt', 'format', 'id', 'inserted', 'kind', 'knownAt', 'links', 'quarantined', 'rowsRead', 'sourceFile', 'startedAt', 'status', 'unchanged', 'unmatched', 'updated'].sort(),
      );
      const ids: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Array<{ id: number; sourceFile: string }>; nextCursor: string | null } = (await h.json('admin', `/api/v1/imports?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).body;
        ids.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(new Set(ids).size).toBe(ids.length);
      const uploaded = (await h.json('admin', '/api/v1/imports?limit=200')).body.items.filter((r: { sourceFile: string }) => r.sourceFile === 'accounts.csv');
      expect(uploaded.length).toBeGreaterThan(0);
      const bad = await h.json('admin', '/api/v1/imports?cursor=nope');
      expect(bad.body.type).toBe('https://bellwether.dev/problems/invalid-cursor');
    });

    it('keeps import runs and their rejected rows from reps and viewers (403), and 404s an unknown run', async () => {
      for (const role of ['rep', 'viewer'] as const) {
        expect((await h.json(role, '/api/v1/imports')).status).toBe(403);
        expect((await h.json(role, '/api/v1/imports/1/quarantine')).status).toBe(403);
      }
      expect((await h.json('manager', '/api/v1/imports/999999')).status).toBe(404);
    });

    it('pages through a run’s quarantine by line, each row with its raw text', async () => {
      const { body } = await upload('manager', [{ name: 'tickets.csv', content: ticketsCsv('QP', 50, [3, 10, 20, 30, 40], h.repAccounts) }]);
      const importId = body.report.files[0].importId as number;
      const run = await h.json('manager', `/api/v1/imports/${importId}`);
      expect(run.body).toMatchObject({ id: importId, sourceFile: 'tickets.csv', status: 'completed', rowsRead: 50, quarantined: 5, encoding: 'utf-8' });
      const lines: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { items: Array<{ file: string; line: number; raw: string; code: string }>; nextCursor: string | null } = (await h.json('manager', `/api/v1/imports/${importId}/quarantine?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body;
        lines.push(...page.items.map((r) => r.line));
        expect(page.items.every((r) => r.file === 'tickets.csv' && r.code === 'invalid_timestamp')).toBe(true);
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(lines).toEqual([4, 11, 21, 31, 41]);
      expect(pages).toBe(3);
      const first = (await h.json('manager', `/api/v1/imports/${importId}/quarantine?limit=1`)).body.items[0];
      expect(first).toEqual({ file: 'tickets.csv', line: 4, column: 'opened_at', code: 'invalid_timestamp', message: expect.stringContaining('last tuesday'), raw: `QP-0003,${h.repAccounts[3 % h.repAccounts.length]},last tuesday,open` });
    });

    describe('with a small upload limit', () => {
      let small: RunningServer;
      beforeAll(async () => {
        small = await startServer(h.store, pino({ level: 'silent' }), { port: 0, now: () => API_TEST_NOW, config: { ...h.server.deps.config, uploadLimitBytes: 4096 } });
      });
      afterAll(async () => small?.close());

      it('answers 413 for an upload over the limit and keeps nothing of it', async () => {
        const res = await fetch(`http://127.0.0.1:${small.port}/api/v1/import-jobs?wait=true`, {
          method: 'POST',
          headers: { authorization: `Bearer ${h.keys.manager}` },
          body: form([{ name: 'accounts.csv', content: accountsCsv('BIG', 400, []) }]),
        });
        expect(res.status).toBe(413);
        expect(((await res.json()) as { type: string }).type).toBe('https://bellwether.dev/problems/payload-too-large');
        expect(leftovers()).toEqual([]);
        const ok = await fetch(`http://127.0.0.1:${small.port}/api/v1/import-jobs?wait=true`, { method: 'POST', headers: { authorization: `Bearer ${h.keys.manager}` }, body: form([{ name: 'accounts.csv', content: accountsCsv('SMALL', 5, []) }]) });
        expect(ok.status).toBe(200);
      });
    });

    // Last: it adds 7,043 accounts, which this server does not rescore (scoring them is not what is tested and takes long).
    describe('with a real export', () => {
      let plain: { base: string; close(): Promise<void> };
      const uploadTo = (files: readonly UploadPart[], fields: Readonly<Record<string, string>>) =>
        fetch(`${plain.base}/api/v1/import-jobs?wait=true`, { method: 'POST', headers: { authorization: `Bearer ${h.keys.admin}` }, body: form(files, fields) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any })); // eslint-disable-line @typescript-eslint/no-explicit-any
      beforeAll(async () => {
        plain = await serveWithoutRescore(h);
      });
      afterAll(async () => plain?.close());


      it('imports a real churn export with a mapping: the blank TotalCharges cells are rejected on their own lines', async () => {
        const telco = await readFile(join(CORPUS, TELCO));
        const accounts = await uploadTo([{ name: TELCO, content: telco }], { mapping: 'kind: accounts\ncolumns:\n  external_id: customerID\n  name: customerID\n' });
        expect(accounts.body.report.files[0]).toMatchObject({ kind: 'accounts', rowsRead: 7043, inserted: 7043, quarantined: 0 });
        const mapping = ['name: telco total charges', 'kind: metric_values', 'columns:', '  account_external_id: customerID', '  value: TotalCharges', 'defaults:', '  metric: total_charges', `  observed_at: "${API_TEST_NOW}"`].join('\n');
        const charges = await uploadTo([{ name: TELCO, content: telco }], { mapping });
        const report = charges.body.report;
        expect(report.files[0]).toMatchObject({ file: TELCO, kind: 'metric_values', rowsRead: 7043, inserted: 7032, quarantined: 11 });
        // The 11 customers of the published dataset whose TotalCharges is blank (" "): tenure 0.
        expect(report.rejected.map((r: { line: number }) => r.line)).toEqual([490, 755, 938, 1084, 1342, 3333, 3828, 4382, 5220, 6672, 6756]);
        expect(report.rejected[0]).toMatchObject({ file: TELCO, column: 'TotalCharges', code: 'missing_required' });
        const run = await h.json('admin', `/api/v1/imports/${report.files[0].importId}`);
        expect(run.body.mapping).toBe('telco total charges');
      }, 60_000);
    });
  });
}
