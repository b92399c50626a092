import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHarness, type WebHarness } from './web-harness.js';

interface Waiting {
  address: string;
  domain: string;
  activities: number;
  reasons: string[];
  freeMail: boolean;
}
interface Activity {
  externalId: string;
  subject: string | null;
  occurredAt: string;
  sourceFile: string;
  line: number;
}

const ADDRESSES = 'Addresses waiting for an account';

describe('dashboard review list (Chromium)', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await startWebHarness();
  }, 120_000);
  afterAll(async () => h?.close());

  /** The demo account whose own domain the planted other-domain sender's stems from: brightforge-3-holdings.com → brightforge-3.*. */
  async function accountOfDomainStem(stem: string): Promise<{ externalId: string; name: string }> {
    const list = await h.api.json('manager', '/api/v1/accounts?limit=200&sort=name');
    for (const row of list.body.items as Array<{ externalId: string; name: string }>) {
      const detail = await h.api.json('manager', `/api/v1/accounts/${encodeURIComponent(row.externalId)}`);
      const domains = (detail.body.account.domains ?? []) as string[];
      if (domains.some((d) => d.slice(0, d.lastIndexOf('.')) === stem)) return row;
    }
    throw new Error(`no account has a domain ${stem}.*`);
  }

  it('shows a manager the addresses the API lists, and assigning one imports what waited into its account', async () => {
    const listed = await h.api.json<{ total: number; items: Waiting[] }>('manager', '/api/v1/unmatched-addresses?limit=100');
    expect(listed.body.total).toBeGreaterThan(1);
    const target = listed.body.items.find((a) => a.reasons.includes('unknown_address') && a.domain.endsWith('-holdings.com'));
    const freeMail = listed.body.items.find((a) => a.freeMail);
    if (!target || !freeMail) throw new Error('the demo planted no other-domain or free-mail sender');
    const account = await accountOfDomainStem(target.domain.replace(/-holdings\.com$/, ''));
    const waiting = (await h.api.json<{ items: Activity[] }>('manager', `/api/v1/unmatched-activities?address=${encodeURIComponent(target.address)}&limit=200`)).body.items;
    expect(waiting.length).toBe(target.activities);

    const { page, context } = await h.signIn('manager');
    await page.goto(`${h.base}/data`);
    const table = page.getByRole('table', { name: new RegExp(`^${ADDRESSES}`) });
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toBe(`${ADDRESSES}: ${listed.body.total}`);
    const rows = table.locator('tbody > tr');
    expect(await rows.locator('td:first-child').allTextContents()).toEqual(listed.body.items.map((a) => a.address));
    const row = rows.filter({ has: page.getByRole('button', { name: target.address, exact: true }) });
    expect(await row.locator('td').nth(1).textContent()).toBe(String(target.activities));
    expect(await row.locator('td').nth(4).textContent()).toBe('unknown address');

    // Its waiting activities, as the API lists them.
    await page.getByRole('button', { name: target.address, exact: true }).click();
    const activities = page.getByRole('table', { name: `Activities waiting for ${target.address}` }).locator('tbody tr');
    await activities.first().waitFor();
    expect(await activities.count()).toBe(waiting.length);
    const firstCells = await activities.first().locator('td').allTextContents();
    expect(firstCells[0]).toBe('email');
    expect(firstCells[2]).toBe(waiting[0]?.subject ?? '—');
    expect(firstCells[5]).toBe(`${waiting[0]?.sourceFile}:${waiting[0]?.line}`);
    expect(firstCells[5]).toMatch(/mail\.mbox:\d+$/);

    // A free-mail address may be assigned by itself only, never its whole domain.
    await page.getByRole('button', { name: `Assign ${freeMail.address} to account…` }).click();
    const freeForm = page.getByRole('form', { name: `Assign ${freeMail.address} to an account` });
    await freeForm.getByRole('radio', { name: `Only ${freeMail.address}` }).waitFor();
    expect(await freeForm.getByRole('radio', { name: `Everyone at ${freeMail.domain}` }).count()).toBe(0);
    await freeForm.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: `Assign ${target.address} to account…` }).click();
    const form = page.getByRole('form', { name: `Assign ${target.address} to an account` });
    expect(await form.getByRole('radio', { name: `Everyone at ${target.domain}` }).count()).toBe(1);
    await form.getByLabel('Find an account').fill(account.name);
    await form.locator(`select option[value="${account.externalId}"]`).waitFor({ state: 'attached' });
    await form.getByLabel('Account', { exact: true }).selectOption(account.externalId);
    await form.getByRole('button', { name: 'Assign', exact: true }).click();
    const n = waiting.length;
    await page.getByRole('status').filter({ hasText: `Imported ${n} ${n === 1 ? 'activity' : 'activities'} into ${account.name}.` }).waitFor();

    // The address leaves the list, and the list says one fewer.
    await table.locator('caption', { hasText: `${ADDRESSES}: ${listed.body.total - 1}` }).waitFor();
    expect(await rows.locator('td:first-child').allTextContents()).toEqual(listed.body.items.filter((a) => a.address !== target.address).map((a) => a.address));

    // The account now has those messages.
    const times = waiting.map((w) => w.occurredAt).sort();
    const imported = await h.api.json<{ items: Activity[] }>('manager', `/api/v1/accounts/${encodeURIComponent(account.externalId)}/activities?type=email&from=${times[0]}&to=${times.at(-1)}&limit=200`);
    expect(imported.body.items.map((a) => a.externalId)).toEqual(expect.arrayContaining(waiting.map((w) => w.externalId)));

    const assignments = page.getByRole('table', { name: 'Addresses and domains assigned to an account' }).locator('tbody tr');
    await assignments.filter({ hasText: target.address }).waitFor();
    expect((await assignments.filter({ hasText: target.address }).locator('td').allTextContents()).slice(0, 3)).toEqual([target.address, account.externalId, h.api.emails.manager]);
    // The run the assignment made is in the import runs list without a reload, with what it imported.
    const run = page.getByRole('region', { name: 'Import runs' }).locator('tbody tr').filter({ hasText: `review list: ${target.address}` });
    await run.waitFor();
    expect((await run.locator('td').allTextContents()).slice(5, 7)).toEqual([String(n), String(n)]);
    await h.screenshot(page, 'data-review-list');
    expect(h.foreignRequests).toEqual([]);
    await context.close();
  });

  for (const role of ['rep', 'viewer'] as const) {
    it(`is not shown to a ${role}, who never asks for it`, async () => {
      const { page, context } = await h.signIn(role);
      const asked: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/v1/unmatched-') || r.url().includes('/api/v1/address-assignments')) asked.push(r.url());
      });
      await page.goto(`${h.base}/data`);
      await page.getByRole('heading', { name: 'Not found' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Review list' }).count()).toBe(0);
      expect(asked).toEqual([]);
      await context.close();
    });
  }
});
