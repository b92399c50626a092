import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-setup.js';
import { startApiHarness, type ApiHarness } from './api-harness.js';

const ACCOUNT = 'REVIEW-1';

const email = (id: string, from: string, to: string, at: string, subject: string) =>
  JSON.stringify({ external_id: id, type: 'email', occurred_at: at, subject, body_text: `About ${subject}.\n\n> an old quote`, participants: [{ email: from, role: 'from' }, { email: to, role: 'to' }] });

/** Mail with people at a domain no account has: it waits on the review list. */
const MAIL = [
  email('r1', 'kim@newco.example', 'rev@ourco.example', '2026-11-02T10:00:00Z', 'pilot'),
  email('r2', 'rev@ourco.example', 'kim@newco.example', '2026-11-03T10:00:00Z', 'Re: pilot'),
  email('r3', 'lee@newco.example', 'rev@ourco.example', '2026-11-04T10:00:00Z', 'intro'),
].join('\n');

interface Problem {
  type: string;
  errors: Array<{ field: string; in: string; code?: string }>;
}

async function upload(h: ApiHarness, files: ReadonlyArray<[string, string]>) {
  const form = new FormData();
  for (const [name, content] of files) form.append('file', new Blob([content]), name);
  const res = await h.json('manager', '/api/v1/import-jobs?wait=true', { method: 'POST', body: form });
  expect(res.status).toBe(200);
  return res.body;
}

for (const dialect of DIALECTS) {
  describe(`review list and import settings API (${dialect})`, () => {
    let h: ApiHarness;
    beforeAll(async () => {
      h = await startApiHarness(dialect);
      await upload(h, [
        ['accounts.csv', `external_id,name,domains,owner_email\n${ACCOUNT},Review Test,review-test.example,${h.emails.rep}\n`],
        ['internal_users.csv', 'email,name\nrev@ourco.example,Robin Rev\n'],
        ['activities.ndjson', `${MAIL}\n`],
      ]);
    }, 180_000);
    afterAll(async () => h?.close());

    it('lists the addresses waiting, most activities first, by domain, paged', async () => {
      const res = await h.json('manager', '/api/v1/unmatched-addresses?domain=NewCo.example');
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(2);
      expect(res.body.items.map((a: { address: string; activities: number }) => [a.address, a.activities])).toEqual([
        ['kim@newco.example', 2],
        ['lee@newco.example', 1],
      ]);
      expect(res.body.items[0]).toMatchObject({ domain: 'newco.example', firstAt: '2026-11-02T10:00:00.000Z', lastAt: '2026-11-03T10:00:00.000Z', reasons: ['unknown_address'], freeMail: false });
      const first = await h.json('manager', '/api/v1/unmatched-addresses?domain=newco.example&limit=1');
      const second = await h.json('manager', `/api/v1/unmatched-addresses?domain=newco.example&limit=1&cursor=${first.body.nextCursor}`);
      expect([...first.body.items, ...second.body.items].map((a: { address: string }) => a.address)).toEqual(['kim@newco.example', 'lee@newco.example']);
      expect(second.body.nextCursor).toBeNull();
      const bad = await h.json<Problem>('manager', '/api/v1/unmatched-addresses?domain=not%20a%20domain');
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'domain', in: 'query' });
    });

    it('lists the activities waiting on an address, with who is on them and the start of their new text', async () => {
      const res = await h.json('manager', '/api/v1/unmatched-activities?address=Kim@NewCo.example');
      expect(res.status).toBe(200);
      expect(res.body.items.map((a: { externalId: string }) => a.externalId)).toEqual(['r2', 'r1']);
      expect(res.body.items[1]).toMatchObject({
        type: 'email',
        occurredAt: '2026-11-02T10:00:00.000Z',
        subject: 'pilot',
        reason: expect.any(String),
        addresses: ['kim@newco.example'],
        bodyPreview: 'About pilot.',
        sourceFile: 'activities.ndjson',
        line: 1,
        participants: [
          { email: 'kim@newco.example', role: 'from' },
          { email: 'rev@ourco.example', role: 'to', side: 'internal' },
        ],
      });
      const bad = await h.json<Problem>('manager', '/api/v1/unmatched-activities?address=gmail.com');
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'address', in: 'query', code: 'free_mail_domain' });
    });

    it('refuses an assignment of a free-mail domain, of one of our addresses, to an unknown account, or without an account, naming the field', async () => {
      const post = (body: unknown) => h.json<Problem>('manager', '/api/v1/address-assignments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const cases: Array<[unknown, string, string, string | undefined]> = [
        [{ address: 'gmail.com', accountId: ACCOUNT }, 'invalid-assignment', 'address', 'free_mail_domain'],
        [{ address: 'rev@ourco.example', accountId: ACCOUNT }, 'invalid-assignment', 'address', 'internal_address'],
        [{ address: 'kim@newco.example', accountId: 'NO-SUCH' }, 'invalid-assignment', 'accountId', 'unknown_account'],
        [{ address: 'kim@newco.example' }, 'invalid-request', 'accountId', undefined],
        [{ address: 'kim@newco.example', accountId: ACCOUNT, by: 'me' }, 'invalid-request', '', undefined],
      ];
      for (const [body, type, field, code] of cases) {
        const res = await post(body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.type).toBe(`https://bellwether.dev/problems/${type}`);
        if (field) expect(res.body.errors[0]).toMatchObject({ field, in: 'body', ...(code ? { code } : {}) });
      }
    });

    it('an assignment moves the waiting activities to the account, audited, and lists it', async () => {
      const res = await h.json('manager', '/api/v1/address-assignments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ address: 'KIM@newco.example', accountId: ACCOUNT }) });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ assignment: { address: 'kim@newco.example', accountExternalId: ACCOUNT, assignedBy: h.emails.manager }, imported: 2, importId: expect.any(Number) });
      expect((await h.json('manager', '/api/v1/unmatched-activities?address=kim@newco.example')).body.items).toEqual([]);
      expect((await h.json('manager', '/api/v1/unmatched-addresses?domain=newco.example')).body.items.map((a: { address: string }) => a.address)).toEqual(['lee@newco.example']);
      const activities = await h.json('rep', `/api/v1/accounts/${ACCOUNT}/activities`);
      expect(activities.body.items.map((a: { externalId: string; direction: string }) => [a.externalId, a.direction])).toEqual([
        ['r2', 'outbound'],
        ['r1', 'inbound'],
      ]);
      const threads = await h.json('rep', `/api/v1/accounts/${ACCOUNT}/threads`);
      expect(threads.body.items).toHaveLength(1);
      expect((await h.json('manager', '/api/v1/address-assignments')).body.items).toEqual([res.body.assignment]);
      const audit = await h.json('manager', '/api/v1/audit?entity=address');
      expect(audit.status).toBe(200);
      expect(audit.body.items[0]).toMatchObject({ action: 'address.assign', entity: 'address', entityId: 'kim@newco.example', actor: h.emails.manager, accountExternalId: ACCOUNT });
      // The rep whose account it is sees the entry in the account's trail.
      expect((await h.json('rep', `/api/v1/accounts/${ACCOUNT}/audit?entity=address`)).body.items).toHaveLength(1);
    });

    it('lets a manager read the import settings but only an admin change them, audited', async () => {
      const read = await h.json('manager', '/api/v1/settings/import');
      expect(read.status).toBe(200);
      expect(read.body).toEqual({ internalDomains: [], storeBodies: true });
      const patch = (role: 'admin' | 'manager', body: unknown) => h.json<Problem>(role, '/api/v1/settings/import', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const refused = await patch('manager', { storeBodies: false });
      expect(refused.status).toBe(403);
      expect(refused.body.type).toBe('https://bellwether.dev/problems/forbidden');
      const changed = await patch('admin', { internalDomains: ['OurCo.example', 'https://www.ourco-labs.example/'], storeBodies: false });
      expect(changed.status).toBe(200);
      expect(changed.body).toEqual({ internalDomains: ['ourco.example', 'ourco-labs.example'], storeBodies: false });
      expect((await h.json('manager', '/api/v1/settings/import')).body).toEqual(changed.body);
      const audit = await h.json('admin', '/api/v1/audit?entity=setting');
      expect(audit.body.items[0]).toMatchObject({ action: 'settings.update', entityId: 'import', actor: h.emails.admin, before: { internalDomains: [], storeBodies: true }, after: changed.body });
    });

    it('refuses settings that are not domains, unknown fields and an empty change, naming the field', async () => {
      const patch = (body: unknown) => h.json<Problem>('admin', '/api/v1/settings/import', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const notDomain = await patch({ internalDomains: ['not a domain!'] });
      expect(notDomain.status).toBe(400);
      expect(notDomain.body.type).toBe('https://bellwether.dev/problems/invalid-settings');
      expect(notDomain.body.errors[0]).toMatchObject({ field: 'internalDomains', in: 'body' });
      const unknown = await patch({ storeBodies: true, keepAttachments: true });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors[0]).toMatchObject({ in: 'body', code: 'unrecognized_keys' });
      const wrongType = await patch({ storeBodies: 'yes' });
      expect(wrongType.body.errors[0]).toMatchObject({ field: 'storeBodies', in: 'body' });
      expect((await patch({})).status).toBe(400);
    });
  });
}
