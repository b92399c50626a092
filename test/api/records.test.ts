import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { DIALECTS } from '../test-setup.js';
import { API_TEST_NOW, startApiHarness, type ApiHarness, type HarnessRole } from './api-harness.js';

const JSON_TYPE = { 'content-type': 'application/json' };
const NDJSON_TYPE = { 'content-type': 'application/x-ndjson' };

for (const dialect of DIALECTS) {
  describe(`record push API (${dialect})`, () => {
    let h: ApiHarness;
    let account: string;
    const push = (role: HarnessRole, kind: string, body: string, headers: Record<string, string> = JSON_TYPE) => h.json(role, `/api/v1/records/${kind}`, { method: 'POST', headers, body });
    const ticket = (id: string, fields: Record<string, unknown> = {}) => ({ external_id: id, account_external_id: account, opened_at: '2026-11-28T09:00:00Z', status: 'open', ...fields });

    beforeAll(async () => {
      h = await startApiHarness(dialect);
      account = h.repAccounts[0] as string;
    }, 120_000);
    afterAll(async () => h?.close());

    it('imports a JSON array of records and names the bad one by index, field and reason', async () => {
      const records = [ticket('PUSH-1'), ticket('PUSH-2', { status: 'lost' }), ticket('PUSH-3', { priority: 'urgent' })];
      const { status, body } = await push('manager', 'tickets', JSON.stringify(records));
      expect(status).toBe(200);
      expect(body).toMatchObject({ kind: 'tickets', received: 3, inserted: 2, updated: 0, unchanged: 0, quarantined: 1 });
      expect(body.rejected).toEqual([{ index: 1, column: 'status', code: 'invalid_value', message: expect.stringContaining('lost') }]);
      expect(typeof body.importId).toBe('number');
    });

    it('changes nothing when the same records come again, however the JSON is laid out', async () => {
      const records = [ticket('PUSH-1'), ticket('PUSH-2', { status: 'lost' }), ticket('PUSH-3', { priority: 'urgent' })];
      const again = await push('manager', 'tickets', JSON.stringify(records, null, 2));
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ received: 3, inserted: 0, updated: 0, unchanged: 2, quarantined: 1 });
      expect(again.body.rejected.map((r: { index: number }) => r.index)).toEqual([1]);
      // The rejected record is quarantined once, not once per push.
      const quarantine = await h.json('manager', `/api/v1/imports/${again.body.importId}/quarantine`);
      expect(quarantine.body.items).toEqual([expect.objectContaining({ file: 'tickets.ndjson', line: 2, column: 'status', code: 'invalid_value' })]);
    });

    it('takes NDJSON, blank lines and all, and gives a rejected record its index and its line', async () => {
      const body = [JSON.stringify(ticket('ND-1')), '', JSON.stringify(ticket('ND-2', { opened_at: 'soon' })), JSON.stringify(ticket('ND-3')), ''].join('\n');
      const res = await push('admin', 'tickets', body, NDJSON_TYPE);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ received: 3, inserted: 2, quarantined: 1 });
      expect(res.body.rejected).toEqual([{ index: 1, line: 3, column: 'opened_at', code: 'invalid_timestamp', message: expect.stringContaining('soon') }]);
      const again = await push('admin', 'tickets', body, NDJSON_TYPE);
      expect(again.body).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, quarantined: 1 });
    });

    it('takes one record as a plain object, and usage days keyed by account and date', async () => {
      const one = await push('manager', 'tickets', JSON.stringify(ticket('ONE-1')));
      expect(one.body).toMatchObject({ received: 1, inserted: 1 });
      const day = { account_external_id: account, date: '2026-11-30', active_users: 12, events: 340 };
      const first = await push('manager', 'usage_days', JSON.stringify([day]));
      expect(first.body).toMatchObject({ kind: 'usage_days', inserted: 1 });
      const same = await push('manager', 'usage-days', JSON.stringify(day));
      expect(same.body).toMatchObject({ kind: 'usage_days', received: 1, inserted: 0, unchanged: 1 });
    });

    it('answers 422 with each record’s error when none could be imported', async () => {
      const { status, body } = await push('manager', 'tickets', [JSON.stringify({ external_id: 'BAD-1', status: 'open' }), JSON.stringify(ticket('BAD-2', { status: 'gone' }))].join('\n'), NDJSON_TYPE);
      expect(status).toBe(422);
      expect(body.type).toBe('https://bellwether.dev/problems/invalid-records');
      expect(body.errors).toEqual([
        { field: 'records[0].opened_at', in: 'body', code: 'missing_required', line: 1, message: expect.any(String) },
        { field: 'records[1].status', in: 'body', code: 'invalid_value', line: 2, message: expect.stringContaining('gone') },
      ]);
    });

    it('answers 400 for a body that is not JSON, naming the NDJSON line that is not', async () => {
      const json = await push('manager', 'tickets', '{"external_id": "X-1",');
      expect(json.status).toBe(400);
      expect(json.body.errors[0]).toMatchObject({ field: 'body', code: 'invalid_json' });
      const ndjson = await push('manager', 'tickets', `${JSON.stringify(ticket('L-1'))}\n{"external_id": "L-2"\n`, NDJSON_TYPE);
      expect(ndjson.status).toBe(400);
      expect(ndjson.body.errors).toEqual([expect.objectContaining({ field: 'records[1]', line: 2, code: 'invalid_json' })]);
      expect(ndjson.body.detail).toContain('line 2');
      const scalar = await push('manager', 'tickets', '"a ticket"');
      expect(scalar.status).toBe(400);
      const csv = await push('manager', 'tickets', 'external_id\nT-1\n', { 'content-type': 'text/csv' });
      expect(csv.status).toBe(415);
    });

    it('answers 404 for a kind of record there is not, and takes the singular and kebab-case names', async () => {
      const unknown = await push('manager', 'widgets', '[]');
      expect(unknown.status).toBe(404);
      expect(unknown.body.detail).toContain('tickets');
      expect((await push('manager', 'ticket', JSON.stringify(ticket('SING-1')))).body).toMatchObject({ kind: 'tickets', inserted: 1 });
      expect((await push('manager', 'survey-responses', '[]')).body).toMatchObject({ kind: 'survey_responses', received: 0, importId: null });
    });

    it('refuses pushes from roles that may not import data (403)', async () => {
      for (const role of ['viewer', 'rep'] as const) {
        const res = await push(role, 'tickets', JSON.stringify(ticket('NOPE-1')));
        expect(res.status).toBe(403);
      }
    });

    it('lists a push among the import runs by its kind’s file name', async () => {
      const { body } = await push('manager', 'tickets', JSON.stringify(ticket('LISTED-1')));
      const run = await h.json('manager', `/api/v1/imports/${body.importId}`);
      expect(run.body).toMatchObject({ sourceFile: 'tickets.ndjson', kind: 'tickets', format: 'ndjson', rowsRead: 1, inserted: 1 });
    });

    it('never writes beside an upload: a push and an upload sent together both complete', async () => {
      const form = new FormData();
      const csv = ['external_id,account_external_id,opened_at,status', ...Array.from({ length: 2000 }, (_, i) => `BOTH-U${i},${account},2026-11-20T10:00:00Z,open`)].join('\n');
      form.append('file', new Blob([csv]), 'tickets.csv');
      const [uploaded, pushed] = await Promise.all([
        h.json('manager', '/api/v1/import-jobs?wait=true', { method: 'POST', body: form }),
        push('manager', 'tickets', JSON.stringify(Array.from({ length: 50 }, (_, i) => ticket(`BOTH-P${i}`)))),
      ]);
      expect(uploaded.body.report.totals).toMatchObject({ inserted: 2000, quarantined: 0 });
      expect(pushed.body).toMatchObject({ inserted: 50, quarantined: 0 });
    });

    describe('on a server whose clock moves and whose push limit is small', () => {
      let server: RunningServer;
      let tick = Date.parse(API_TEST_NOW);
      const pushTo = (body: string) =>
        fetch(`http://127.0.0.1:${server.port}/api/v1/records/tickets`, { method: 'POST', headers: { authorization: `Bearer ${h.keys.manager}`, ...JSON_TYPE }, body }).then(async (r) => ({ status: r.status, body: (await r.json()) as any })); // eslint-disable-line @typescript-eslint/no-explicit-any
      beforeAll(async () => {
        server = await startServer(h.store, pino({ level: 'silent' }), { port: 0, now: () => new Date((tick += 60_000)).toISOString(), config: { ...h.server.deps.config, pushLimitBytes: 2048 } });
      });
      afterAll(async () => server?.close());

      it('keeps a ticket’s change, and a retried older push changes nothing', async () => {
        const open = JSON.stringify([ticket('MOVE-1')]);
        expect((await pushTo(open)).body).toMatchObject({ inserted: 1 });
        expect((await pushTo(JSON.stringify([ticket('MOVE-1', { status: 'solved', closed_at: '2026-11-29T10:00:00Z' })]))).body).toMatchObject({ updated: 1 });
        // A client retrying the first push (its answer lost) must not make the ticket open again.
        expect((await pushTo(open)).body).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
        const stored = await h.store.db.selectFrom('tickets' as never).select(['status' as never]).where('record_key' as never, '=', 'MOVE-1' as never).executeTakeFirst();
        expect(stored).toEqual({ status: 'solved' });
      });

      it('answers 413 for a body over the push limit', async () => {
        const res = await pushTo(JSON.stringify(Array.from({ length: 40 }, (_, i) => ticket(`LIMIT-${i}`))));
        expect(res.status).toBe(413);
        expect(res.body.type).toBe('https://bellwether.dev/problems/payload-too-large');
      });
    });
  });
}
