import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHarness, type WebHarness } from './web-harness.js';

describe('dashboard data page (Chromium)', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await startWebHarness();
  }, 120_000);
  afterAll(async () => h?.close());

  it('uploads a CSV with a bad row and shows the row’s file, line, column and reason, in the report and in the run’s quarantine', async () => {
    const account = h.api.repAccounts[0]!;
    const rows = ['external_id,account_external_id,opened_at,status'];
    for (let i = 1; i <= 40; i++) rows.push(`WEB-T${i},${account},${i === 17 ? 'last tuesday' : `2026-11-${String((i % 28) + 1).padStart(2, '0')}T09:30:00Z`},open`);
    const { page, context } = await h.signIn('manager');
    await page.goto(`${h.base}/data`);
    await page.getByLabel('Files to import', { exact: true }).setInputFiles({ name: 'tickets.csv', mimeType: 'text/csv', buffer: Buffer.from(`${rows.join('\n')}\n`) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Data-quality report' }).waitFor({ timeout: 60_000 });

    const perFile = page.getByRole('table', { name: 'Per file, in the order imported' }).locator('tbody tr');
    expect(await perFile.count()).toBe(1);
    expect(await perFile.first().locator('td').allTextContents()).toEqual(['tickets.csv', 'tickets', '40', '39', '0', '0', '1', expect.stringContaining('csv')]);
    // The ticket on data row 17 is on line 18 (the header is line 1).
    const rejected = page.getByRole('table', { name: 'Rejected rows' }).locator('tbody tr');
    expect(await rejected.count()).toBe(1);
    const cells = await rejected.first().locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['tickets.csv', '18', 'opened_at', 'invalid_timestamp']);
    expect(cells[4]).toMatch(/"last tuesday" is not a timestamp/);
    await h.screenshot(page, 'data-import-report');

    // The new run heads the list; its quarantine holds the same row, with the row as read.
    await page.getByRole('button', { name: '1 rejected row', exact: true }).first().click();
    const quarantine = page.getByRole('table', { name: /^Rows rejected by import run/ }).locator('tbody tr');
    await quarantine.first().waitFor();
    expect((await quarantine.first().locator('td').allTextContents()).slice(0, 4)).toEqual(['tickets.csv', '18', 'opened_at', 'invalid_timestamp']);
    expect(await quarantine.first().locator('td').nth(5).textContent()).toContain('last tuesday');
    await h.screenshot(page, 'data-quarantine');
    expect(h.foreignRequests).toEqual([]);
    await context.close();
  });

  it('is not in a rep’s navigation', async () => {
    const { page, context } = await h.signIn('rep');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).count()).toBe(0);
    await context.close();
  });
});
