import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-setup.js';
import { ARTIFACTS, startWebHarness, type WebHarness } from './web-harness.js';

interface Person {
  email: string;
  name?: string;
}
interface ThreadPage {
  items: Array<{ id: string; subject: string | null; messages: number; waitingOn: 'customer' | 'internal' | null }>;
}
interface ThreadDetail {
  thread: { subject: string | null };
  messages: Array<{ externalId: string; occurredAt: string; from: Person | null; answer: { by: Person | null; businessHours: number } | null; waiting: { businessHours: number } | null }>;
}
interface ActivityPage {
  items: Array<{ id: number; type: string; threadId: string | null; subject?: string }>;
}
interface Engagement {
  recent: { customerResponseTime: { medianBusinessHours: number | null; answered: number } };
}

/** Only the section: the whole page is long and the section is what changed. */
const shoot = (section: Locator, name: string) => section.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
const nameOf = (p: Person | null) => (p ? (p.name ?? p.email) : 'Unknown sender');
/** The section asks for this many activities a page. */
const ACTIVITY_PAGE = 25;

for (const dialect of DIALECTS) {
  describe(`dashboard conversations section (Chromium, ${dialect})`, () => {
    let h: WebHarness;
    let account: string;
    let name: string;
    beforeAll(async () => {
      h = await startWebHarness(dialect);
      // The account with the most email that also has meetings, from the store: ids change as the demo does.
      // Fact tables other than accounts are not in the typed schema (one generic path writes them), hence SQL.
      const { rows: counts } = await sql<{ externalId: string; type: string; n: number }>`
        select accounts.external_id as "externalId", activities.type as type, count(*) as n
        from activities join accounts on accounts.id = activities.account_id
        group by accounts.external_id, activities.type`.execute(h.api.store.db);
      const meetings = new Set(counts.filter((c) => c.type === 'meeting' && Number(c.n) > 0).map((c) => c.externalId));
      const byEmail = counts.filter((c) => c.type === 'email' && meetings.has(c.externalId)).sort((a, b) => Number(b.n) - Number(a.n));
      account = byEmail[0]!.externalId;
      name = (await h.api.json<{ account: { name: string } }>('manager', `/api/v1/accounts/${account}`)).body.account.name;
    }, 180_000);
    afterAll(async () => h?.close());

    async function openAccount(page: Page) {
      await page.goto(`${h.base}/accounts/${account}`);
      await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
      return page.locator('#conversations');
    }

    it('shows the engagement figures and the threads the API lists, and one thread message by message with its answers', async () => {
      const engagement = (await h.api.json<Engagement>('manager', `/api/v1/accounts/${account}/engagement?months=12`)).body;
      const threads = (await h.api.json<ThreadPage>('manager', `/api/v1/accounts/${account}/threads`)).body.items;
      expect(threads.length).toBeGreaterThan(1);
      const { page, context } = await h.signIn('manager');
      const section = await openAccount(page);

      const median = engagement.recent.customerResponseTime.medianBusinessHours;
      const figure = page.locator('#engagement').locator('dl div').filter({ has: page.getByText('Customer response time (median)', { exact: true }) }).locator('dd');
      await expect.poll(() => figure.textContent()).toBe(`${median === null ? '–' : `${median.toFixed(1)} business h`} (${engagement.recent.customerResponseTime.answered} answered)`);

      await section.getByRole('heading', { level: 2, name: 'Emails and meetings' }).waitFor();
      const rows = section.getByRole('table', { name: 'Email threads, latest message first' }).locator('tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(threads.length);
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-thread-id')))).toEqual(threads.map((t) => t.id));
      const badges = (await rows.locator('td:nth-child(2)').allTextContents()).map((text) => text.split(' · ')[0]);
      expect(badges).toEqual(threads.map((t) => (t.waitingOn === 'customer' ? 'Waiting on customer' : t.waitingOn === 'internal' ? 'Waiting on us' : '—')));

      // The longest thread, so order and answers have something to show.
      const longest = threads.reduce((best, t, i) => (t.messages > threads[best]!.messages ? i : best), 0);
      const picked = threads[longest]!;
      const thread = (await h.api.json<ThreadDetail>('manager', `/api/v1/accounts/${account}/threads/${encodeURIComponent(picked.id)}`)).body;
      expect(thread.messages.length).toBeGreaterThan(1);
      // Thread ids are Message-IDs (`…@mail…`): the page must ask for the id URL-encoded (`%40`).
      const asked = page.waitForRequest((r) => r.url().includes('/threads/'));
      await rows.nth(longest).getByRole('button').click();
      expect(new URL((await asked).url()).pathname).toBe(`/api/v1/accounts/${account}/threads/${encodeURIComponent(picked.id)}`);
      await section.getByRole('heading', { level: 3, name: picked.subject ?? '(no subject)' }).waitFor();
      const messages = section.getByRole('list', { name: 'Messages, oldest first' }).locator(':scope > li');
      await messages.first().waitFor();
      expect(await messages.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-external-id')))).toEqual(thread.messages.map((m) => m.externalId));
      const times = await messages.locator('header time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
      expect(times).toEqual(thread.messages.map((m) => m.occurredAt));
      expect([...times].sort()).toEqual(times);
      expect(await messages.locator('.conv-from').allTextContents()).toEqual(thread.messages.map((m) => nameOf(m.from)));
      const answers = await messages.locator('.conv-answer').allTextContents();
      thread.messages.forEach((m, i) => {
        const expected = m.answer ? `Answered by ${nameOf(m.answer.by)} after ${m.answer.businessHours.toFixed(1)} business hours` : m.waiting ? `Unanswered for ${m.waiting.businessHours.toFixed(1)} business hours` : 'Among our own people: needs no answer';
        expect(answers[i]).toContain(expected);
      });
      await shoot(section, `conversations-thread-${dialect}`);

      await section.getByRole('button', { name: '← All threads' }).click();
      await rows.first().waitFor();
      await shoot(section, `conversations-threads-${dialect}`);
      expect(h.foreignRequests).toEqual([]);
      await context.close();
    });

    it('lists all activity newest first, filtered to meetings shows only meetings, and an email opens its thread', async () => {
      const all = (await h.api.json<ActivityPage>('manager', `/api/v1/accounts/${account}/activities?limit=${ACTIVITY_PAGE}`)).body.items;
      const meetings = (await h.api.json<ActivityPage>('manager', `/api/v1/accounts/${account}/activities?type=meeting&limit=${ACTIVITY_PAGE}`)).body.items;
      expect(meetings.length).toBeGreaterThan(0);
      const { page, context } = await h.signIn('manager');
      const section = await openAccount(page);
      await section.getByRole('tab', { name: 'All activity' }).click();
      const list = section.getByRole('list', { name: 'Activity, newest first' });
      const types = () => list.locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-type')));
      await expect.poll(types).toEqual(all.map((a) => a.type));

      await section.getByLabel('Type').selectOption('meeting');
      await expect.poll(types).toEqual(meetings.map(() => 'meeting'));
      await shoot(section, `conversations-meetings-${dialect}`);

      await section.getByLabel('Type').selectOption('email');
      const emails = (await h.api.json<ActivityPage>('manager', `/api/v1/accounts/${account}/activities?type=email&limit=${ACTIVITY_PAGE}`)).body.items;
      const email = emails.find((a) => a.threadId !== null)!;
      const thread = (await h.api.json<ThreadDetail>('manager', `/api/v1/accounts/${account}/threads/${encodeURIComponent(email.threadId!)}`)).body;
      await expect.poll(types).toEqual(emails.map(() => 'email'));
      // By keyboard: Enter opens the thread and focus moves to its heading; back, focus returns to the row.
      const opener = list.locator(':scope > li').nth(emails.indexOf(email)).getByRole('button');
      await opener.focus();
      await page.keyboard.press('Enter');
      await section.getByRole('heading', { level: 3, name: thread.thread.subject ?? '(no subject)' }).waitFor();
      await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.tagName')).toBe('H3');
      expect(await section.getByRole('list', { name: 'Messages, oldest first' }).locator(':scope > li').count()).toBe(thread.messages.length);
      await section.getByRole('button', { name: '← All activity' }).press('Enter');
      await expect.poll(types).toEqual(emails.map(() => 'email'));
      await expect.poll(() => opener.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await context.close();
    });
  });
}
