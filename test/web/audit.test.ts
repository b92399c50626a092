import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHarness, type WebHarness } from './web-harness.js';

describe('dashboard audit page (Chromium)', () => {
  let h: WebHarness;
  let account: string;
  beforeAll(async () => {
    h = await startWebHarness();
    account = h.api.repAccounts[0]!;
    const created = await h.api.json<{ id: number }>('manager', `/api/v1/accounts/${account}/overrides`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ delta: -10, reason: 'Champion left; renewal at risk' }),
    });
    expect(created.status).toBe(201);
    const ended = await h.api.json('manager', `/api/v1/overrides/${created.body.id}/expire`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reason: 'The champion is back' }) });
    expect(ended.status).toBe(200);
  }, 120_000);
  afterAll(async () => h?.close());

  it('filters the trail by account and shows an expired override’s before and after as a diff, newest first', async () => {
    const { page, context } = await h.signIn('manager');
    await page.goto(`${h.base}/audit`);
    await page.getByLabel('Account id').fill(account);
    await page.getByRole('button', { name: 'Show' }).click();
    const entries = page.getByRole('list', { name: 'Changes, newest first' }).locator(':scope > li');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(0).locator('.audit-head').textContent()).toMatch(/override\.expire/);
    expect(await entries.nth(1).locator('.audit-head').textContent()).toMatch(/override\.create/);
    const diff = entries.nth(0).getByRole('table');
    expect(await diff.locator('tbody th').allTextContents()).toContain('revokedBy');
    await h.screenshot(page, 'audit-override');
    expect(h.foreignRequests).toEqual([]);
    await context.close();
  });
});
