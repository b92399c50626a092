import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRIC_CATALOGUE, parseWindow, SignalIndex, emptySignals } from '../../src/scoring/index.js';
import { AccountRepository, SignalsRepository } from '../../src/store/index.js';
import { DIALECTS } from '../test-setup.js';
import { API_TEST_NOW, startApiHarness, type ApiHarness } from './api-harness.js';

const ACCOUNT = 'COMM-1';
const ROOT = 'u1+renewal/2026@ourco.example';

/** An mbox of one thread in New York time (EST in November): ours on a Friday afternoon, the customer's answer on Monday morning. */
const MBOX = [
  message({ id: ROOT, date: 'Fri, 06 Nov 2026 15:00:00 -0500', from: 'Sam Rep <sam@ourco.example>', to: 'Dana Lee <dana@comm-test.example>', subject: 'Renewal plan', body: 'Hi Dana,\n\nshall we review the renewal plan next week?\n\nSam' }),
  message({
    id: 'c1@comm-test.example',
    replyTo: ROOT,
    date: 'Mon, 09 Nov 2026 10:00:00 -0500',
    from: 'Dana Lee <dana@comm-test.example>',
    to: 'Sam Rep <sam@ourco.example>',
    subject: 'Re: Renewal plan',
    body: 'Tuesday works for me.\n\nOn Fri, Nov 6, 2026 at 3:00 PM Sam Rep <sam@ourco.example> wrote:\n> Hi Dana,\n> shall we review the renewal plan next week?',
  }),
  message({ id: 'u2@ourco.example', replyTo: 'c1@comm-test.example', date: 'Mon, 09 Nov 2026 11:30:00 -0500', from: 'Sam Rep <sam@ourco.example>', to: 'Dana Lee <dana@comm-test.example>', subject: 'Re: Renewal plan', body: 'Great, invite sent.' }),
  message({ id: 'c2@comm-test.example', replyTo: 'u2@ourco.example', date: 'Wed, 25 Nov 2026 16:00:00 -0500', from: 'Dana Lee <dana@comm-test.example>', to: 'Sam Rep <sam@ourco.example>', subject: 'Re: Renewal plan', body: 'One more question: can we add seats?' }),
].join('');

function message(m: { id: string; replyTo?: string; date: string; from: string; to: string; subject: string; body: string }): string {
  const headers = [`From ${m.from.replace(/.*<|>.*/g, '')} ${new Date(m.date).toUTCString()}`, `Message-ID: <${m.id}>`, ...(m.replyTo ? [`In-Reply-To: <${m.replyTo}>`] : []), `Date: ${m.date}`, `From: ${m.from}`, `To: ${m.to}`, `Subject: ${m.subject}`, 'Content-Type: text/plain; charset=utf-8'];
  return `${headers.join('\n')}\n\n${m.body}\n\n`;
}

const SAM = { email: 'sam@ourco.example', role: 'organizer' };
const DANA = { email: 'dana@comm-test.example', role: 'attendee' };
const ndjson = (rows: readonly object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** A second thread known as it happened (so asOf can replay it), a held and a cancelled meeting, a call. */
const ACTIVITIES = ndjson([
  { external_id: 'p1', type: 'email', direction: 'inbound', occurred_at: '2026-11-17T14:00:00Z', known_at: '2026-11-17T14:01:00Z', thread_id: 'T-PIT', subject: 'Invoice question', participants: [{ email: 'dana@comm-test.example', role: 'from' }, { email: 'sam@ourco.example', role: 'to' }] },
  { external_id: 'p2', type: 'email', direction: 'outbound', occurred_at: '2026-11-17T18:00:00Z', known_at: '2026-11-17T18:01:00Z', thread_id: 'T-PIT', subject: 'Re: Invoice question', participants: [{ email: 'sam@ourco.example', role: 'from' }, { email: 'dana@comm-test.example', role: 'to' }] },
  { external_id: 'm1', type: 'meeting', occurred_at: '2026-11-19T15:00:00Z', ended_at: '2026-11-19T15:30:00Z', status: 'completed', subject: 'Renewal review', participants: [SAM, { ...DANA, responseStatus: 'accepted' }] },
  { external_id: 'm2', type: 'meeting', occurred_at: '2026-11-26T15:00:00Z', status: 'cancelled', subject: 'Seats', participants: [SAM, DANA] },
  { external_id: 'call-1', type: 'call', direction: 'outbound', occurred_at: '2026-11-20T15:00:00Z', status: 'completed', subject: 'Quick call', participants: [{ email: 'sam@ourco.example', role: 'from' }, { email: 'dana@comm-test.example', role: 'to' }] },
]);

interface Activity {
  id: number;
  externalId: string;
  type: string;
  occurredAt: string;
  threadId: string | null;
  bodyPreview: string | null;
  participants: Array<{ email: string; side?: string }>;
}

for (const dialect of DIALECTS) {
  describe(`communication API (${dialect})`, () => {
    let h: ApiHarness;
    beforeAll(async () => {
      h = await startApiHarness(dialect);
      const form = new FormData();
      const files: Array<[string, string]> = [
        ['accounts.csv', `external_id,name,domains,owner_email,attr_time_zone,known_at\n${ACCOUNT},Comm Test,comm-test.example,${h.emails.rep},America/New_York,2026-01-01T00:00:00Z\n`],
        ['internal_users.csv', 'email,name\nsam@ourco.example,Sam Rep\n'],
        ['renewal.mbox', MBOX],
        ['activities.ndjson', ACTIVITIES],
      ];
      for (const [name, content] of files) form.append('file', new Blob([content]), name);
      const res = await h.json('manager', '/api/v1/import-jobs?wait=true', { method: 'POST', body: form });
      expect(res.status).toBe(200);
      expect(res.body.report.files.map((f: { file: string; inserted: number; quarantined: number }) => [f.file, f.inserted, f.quarantined])).toEqual([
        ['accounts.csv', 1, 0],
        ['internal_users.csv', 1, 0],
        ['renewal.mbox', 4, 0],
        ['activities.ndjson', 5, 0],
      ]);
    }, 180_000);
    afterAll(async () => h?.close());

    const path = (rest: string) => `/api/v1/accounts/${ACCOUNT}/${rest}`;

    it("lists an account's activities newest first with sides, thread and the new text's start, paged by cursor", async () => {
      const first = await h.json('rep', path('activities?limit=5'));
      expect(first.status).toBe(200);
      expect(first.body.items.map((a: Activity) => a.externalId)).toEqual(['m2', 'c2@comm-test.example', 'call-1', 'm1', 'p2']);
      const second = await h.json('rep', path(`activities?limit=5&cursor=${first.body.nextCursor}`));
      expect(second.body.items.map((a: Activity) => a.externalId)).toEqual(['p1', 'u2@ourco.example', 'c1@comm-test.example', ROOT]);
      expect(second.body.nextCursor).toBeNull();
      const reply = second.body.items.find((a: Activity) => a.externalId === 'c1@comm-test.example') as Activity;
      expect(reply).toMatchObject({ type: 'email', direction: 'inbound', status: 'completed', subject: 'Re: Renewal plan', threadId: ROOT, bodyPreview: 'Tuesday works for me.' });
      expect(reply.participants).toEqual([
        { email: 'dana@comm-test.example', name: 'Dana Lee', role: 'from', side: 'customer' },
        { email: 'sam@ourco.example', name: 'Sam Rep', role: 'to', side: 'internal' },
      ]);
      expect(first.body.items[0]).toMatchObject({ type: 'meeting', status: 'cancelled', threadId: null, bodyPreview: null });
    });

    it('filters activities by type (repeated or comma-separated) and time, both ends inclusive', async () => {
      const ids = async (query: string) => ((await h.json('rep', path(`activities?${query}`))).body.items as Activity[]).map((a) => a.externalId);
      expect(await ids('type=meeting')).toEqual(['m2', 'm1']);
      expect(await ids('type=meeting&type=call')).toEqual(['m2', 'call-1', 'm1']);
      expect(await ids('type=call,meeting&from=2026-11-19T15:00:00Z&to=2026-11-20T15:00:00Z')).toEqual(['call-1', 'm1']);
      // Held as the meetings-held metric counts: the accepted meeting was, the cancelled one not; a call has no say.
      const held = ((await h.json('rep', path('activities?type=meeting,call'))).body.items as Array<Activity & { held: boolean | null }>).map((a) => [a.externalId, a.held]);
      expect(held).toEqual([['m2', false], ['call-1', null], ['m1', true]]);
    });

    it('refuses an unknown type, a reversed range, a made-up cursor and months out of range, naming the field', async () => {
      for (const [query, field] of [
        ['type=email,fax', 'type.1'],
        ['from=2026-11-20&to=2026-11-01', 'from'],
        ['cursor=bm9wZQ', 'cursor'],
        ['asOf=someday', 'asOf'],
      ] as const) {
        const res = await h.json('rep', path(`activities?${query}`));
        expect(res.status, query).toBe(400);
        expect(res.body.errors[0], query).toMatchObject({ field, in: 'query' });
      }
      expect((await h.json('rep', path('threads?cursor=bm9wZQ'))).status).toBe(400);
      expect((await h.json('rep', path('engagement?months=0'))).body.errors[0]).toMatchObject({ field: 'months', in: 'query' });
      expect((await h.json('rep', path('engagement?months=37'))).status).toBe(400);
    });

    it("shows a thread's answers: the customer answered after 3 business hours across the weekend, we after 1.5; the last mail still waits", async () => {
      const list = await h.json('rep', path('threads'));
      expect(list.status).toBe(200);
      expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([ROOT, 'T-PIT']);
      expect(list.body.items[0]).toMatchObject({ subject: 'Renewal plan', messages: 4, customerMessages: 2, internalMessages: 2, firstAt: '2026-11-06T20:00:00.000Z', lastAt: '2026-11-25T21:00:00.000Z', waitingOn: 'internal', lastFrom: { email: 'dana@comm-test.example', side: 'customer' } });
      expect(list.body.items[1]).toMatchObject({ id: 'T-PIT', waitingOn: null });

      const res = await h.json('rep', path(`threads/${encodeURIComponent(ROOT)}`));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ accountExternalId: ACCOUNT, asOf: API_TEST_NOW, timeZone: 'America/New_York', thread: { id: ROOT, messages: 4 } });
      const [ours, theirs, again, last] = res.body.messages;
      expect(ours).toMatchObject({ externalId: ROOT, side: 'internal', from: { email: 'sam@ourco.example', name: 'Sam Rep', side: 'internal' }, answers: null, waiting: null });
      expect(ours.answer).toEqual({ externalId: 'c1@comm-test.example', at: '2026-11-09T15:00:00.000Z', by: { email: 'dana@comm-test.example', name: 'Dana Lee', side: 'customer' }, wallHours: 67, businessHours: 3 });
      expect(theirs).toMatchObject({ side: 'customer', answers: ROOT, newText: 'Tuesday works for me.', answer: { externalId: 'u2@ourco.example', wallHours: 1.5, businessHours: 1.5 } });
      expect(theirs.bodyText).toContain('> shall we review the renewal plan next week?');
      expect(again.answer).toMatchObject({ externalId: 'c2@comm-test.example', businessHours: 100.5 });
      // Wednesday 16:00 New York to Tuesday 07:00: Wed 1 h, Thu, Fri and Mon 8 h each.
      expect(last).toMatchObject({ externalId: 'c2@comm-test.example', answer: null, waiting: { wallHours: 135, businessHours: 25 } });
    });

    it('replays a thread as of a moment: a reply not known yet leaves the mail waiting', async () => {
      const before = await h.json('rep', path('threads/T-PIT?asOf=2026-11-17T16:00:00Z'));
      expect(before.status).toBe(200);
      expect(before.body.messages.map((m: { externalId: string; answer: unknown; waiting: unknown }) => [m.externalId, m.answer, m.waiting])).toEqual([['p1', null, { wallHours: 2, businessHours: 2 }]]);
      expect(before.body.thread.waitingOn).toBe('internal');
      const after = await h.json('rep', path('threads/T-PIT'));
      expect(after.body.messages[0].answer).toMatchObject({ externalId: 'p2', by: { email: 'sam@ourco.example' }, wallHours: 4, businessHours: 4 });
      // The mbox thread is known from its messages' dates, as it arrived: there by then, and not the hour before its first mail.
      const threadIds = async (asOf: string) => (await h.json('rep', path(`threads?asOf=${asOf}`))).body.items.map((t: { id: string }) => t.id);
      expect(await threadIds('2026-11-17T16:00:00Z')).toEqual(['T-PIT', ROOT]);
      expect(await threadIds('2026-11-06T21:00:00Z')).toEqual([ROOT]);
      expect(await threadIds('2026-11-06T19:00:00Z')).toEqual([]);
      expect((await h.json('rep', path('threads?asOf=2025-06-01'))).status).toBe(404);
    });

    it('pages threads by cursor', async () => {
      const first = await h.json('rep', path('threads?limit=1'));
      const second = await h.json('rep', path(`threads?limit=1&cursor=${first.body.nextCursor}`));
      expect([...first.body.items, ...second.body.items].map((t: { id: string }) => t.id)).toEqual([ROOT, 'T-PIT']);
      expect(second.body.nextCursor).toBeNull();
    });

    it('draws the engagement section: months, the last 90 days as the metrics read them, and the people on both sides', async () => {
      const res = await h.json('rep', path('engagement'));
      expect(res.status).toBe(200);
      const e = res.body;
      expect(e).toMatchObject({ accountExternalId: ACCOUNT, asOf: API_TEST_NOW, months: 12, period: 'month', timeZone: 'America/New_York' });
      expect(e.series).toHaveLength(12);
      expect(e.series[0].start).toBe('2026-01-01T00:00:00.000Z');
      expect(e.series[11]).toEqual({ start: '2026-12-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z', emailsIn: 0, emailsOut: 0, meetingsHeld: 0, meetingsCancelled: 0 });
      expect(e.series[10]).toEqual({ start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z', emailsIn: 3, emailsOut: 3, meetingsHeld: 1, meetingsCancelled: 1 });
      expect(e.recent).toMatchObject({
        days: 90,
        to: API_TEST_NOW,
        emailsIn: 3,
        emailsOut: 3,
        meetingsHeld: 1,
        meetingsCancelled: 1,
        // Ours answered by them: 3 h and 100.5 h; theirs answered by us: 1.5 h and 4 h.
        customerResponseTime: { medianBusinessHours: 51.75, answered: 2 },
        ourResponseTime: { medianBusinessHours: 2.75, medianWallHours: 2.75, answered: 2 },
        // Only our first mail asked something; the others answered theirs.
        customerResponseRate: { value: 1, samples: 1 },
        unansweredThreadShare: { value: 0, samples: 2 },
      });
      expect(e.recent.people.customer).toEqual([{ email: 'dana@comm-test.example', name: 'Dana Lee', side: 'customer', emailsSent: 3, emailsReceived: 3, meetingsAttended: 1, lastContactAt: '2026-11-25T21:00:00.000Z' }]);
      expect(e.recent.people.internal).toEqual([{ email: 'sam@ourco.example', name: 'Sam Rep', side: 'internal', emailsSent: 3, emailsReceived: 3, meetingsAttended: 1, lastContactAt: '2026-11-25T21:00:00.000Z' }]);
      // Dana's answer on 25 November at 21:00 UTC, 5.6 days before.
      expect(e.daysSinceTwoWayContact).toBe(5);

      const weekly = (await h.json('rep', path('engagement?months=2'))).body;
      expect(weekly.period).toBe('week');
      expect(weekly.series.map((p: { start: string }) => p.start.slice(0, 10))).toEqual(['2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
      expect(weekly.series.map((p: { emailsIn: number; emailsOut: number }) => p.emailsIn + p.emailsOut)).toEqual([0, 0, 0, 0, 0, 1, 2, 2, 1, 0]);
    });

    it('counts engagement exactly as the scoring catalogue does, on the demo accounts', async () => {
      const asOf = API_TEST_NOW;
      const window = parseWindow('90d');
      let compared = 0;
      for (const externalId of h.repAccounts.slice(0, 4)) {
        const e = (await h.json('rep', `/api/v1/accounts/${externalId}/engagement`)).body;
        const id = (await AccountRepository.idOf(h.store.db, externalId)) as number;
        const signals = (await SignalsRepository.load(h.store.db, [id], asOf, { lists: ['activities'] })).get(id);
        if (!signals) continue;
        const index = new SignalIndex({ ...emptySignals(signals.account), activities: signals.activities }, Date.parse(asOf));
        const value = (name: string, aggregation: string) => METRIC_CATALOGUE.get(name)?.compute(index, window, index.asOfMs, { aggregation }).value ?? null;
        if (signals.activities.length === 0) continue;
        compared++;
        expect([e.recent.emailsIn, e.recent.emailsOut, e.recent.meetingsHeld, e.recent.people.customer.length, e.recent.people.internal.length], externalId).toEqual([
          value('emails-received', 'count'),
          value('emails-sent', 'count'),
          value('meetings-held', 'count'),
          value('customer-contacts-engaged', 'distinct'),
          value('internal-people-engaged', 'distinct'),
        ]);
      }
      expect(compared).toBeGreaterThan(0);
    });

    it("answers another rep's account as missing on every route, and a thread the account does not have as not found", async () => {
      const theirs = h.otherRepAccounts[0] as string;
      for (const rest of ['activities', 'threads', 'threads/T-PIT', 'engagement']) {
        const res = await h.json('rep', `/api/v1/accounts/${theirs}/${rest}`);
        expect(res.status, rest).toBe(404);
        expect(res.body.type, rest).toBe('https://bellwether.dev/problems/account-not-found');
      }
      expect((await h.json('otherRep', path('threads'))).status).toBe(404);
      const missing = await h.json('rep', path('threads/no-such-thread'));
      expect(missing.status).toBe(404);
      expect(missing.body.type).toBe('https://bellwether.dev/problems/not-found');
    });
  });
}
