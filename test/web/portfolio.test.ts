import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWebHarness, type WebHarness } from './web-harness.js';

/** The portfolio's rows as shown: account name cells' text and the score column, in order. */
async function shownRows(page: Page): Promise<Array<{ name: string; score: number | null }>> {
  return page.locator('.portfolio-row').evaluateAll((rows) =>
    rows.map((r) => {
      const cells = r.querySelectorAll('td');
      const score = cells[1]?.textContent?.trim() ?? '';
      return { name: cells[0]?.textContent?.trim() ?? '', score: /^\d+$/.test(score) ? Number(score) : null };
    }),
  );
}

async function waitForRows(page: Page, predicate: (rows: Array<{ name: string; score: number | null }>) => boolean): Promise<Array<{ name: string; score: number | null }>> {
  await expect.poll(async () => predicate(await shownRows(page)), { timeout: 10_000 }).toBe(true);
  return shownRows(page);
}

/** Rows the table says the query matches (aria-rowcount, less the header row); only those in view are rendered. */
async function matched(page: Page): Promise<number> {
  return Number(await page.getByRole('table', { name: 'Accounts' }).getAttribute('aria-rowcount')) - 1;
}

describe('dashboard portfolio (Chromium)', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await startWebHarness();
  }, 120_000);
  afterAll(async () => h?.close());

  it('lists accounts risk first; a band filter and a search narrow the rows; a saved view round-trips', async () => {
    const { page, context } = await h.signIn('manager');
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    const first = await waitForRows(page, (rows) => rows.length > 10);
    const scores = first.map((r) => r.score).filter((s): s is number => s !== null);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    await page.getByText('ARR at risk').waitFor();
    await h.screenshot(page, 'portfolio');

    // Band filter: only that band's accounts.
    const api = await h.api.json<{ items: Array<{ name: string; band: string | null }> }>('manager', '/api/v1/accounts?limit=200');
    const band = api.body.items.find((r) => r.band)!.band!;
    const inBand = api.body.items.filter((r) => r.band === band).map((r) => r.name);
    await page.getByRole('group', { name: 'Band' }).getByLabel(band, { exact: true }).check();
    await expect.poll(() => matched(page)).toBe(inBand.length);
    await waitForRows(page, (rows) => rows.length > 0 && rows.every((r) => inBand.includes(r.name)));

    // Save it, clear it, pick it again.
    await page.getByLabel('Save current as').fill(`Only ${band}`);
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByText(`Saved “Only ${band}”.`).waitFor();
    await page.getByRole('group', { name: 'Band' }).getByLabel(band, { exact: true }).uncheck();
    await expect.poll(() => matched(page)).toBe(api.body.items.length);
    await page.getByLabel('Saved view').selectOption({ label: `Only ${band}` });
    await expect.poll(() => matched(page)).toBe(inBand.length);
    expect(await page.getByRole('group', { name: 'Band' }).getByLabel(band, { exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Delete view' }).click();
    await page.getByText(`Deleted “Only ${band}”.`).waitFor();
    expect((await h.api.json<{ items: unknown[] }>('manager', '/api/v1/saved-views')).body.items).toEqual([]);

    // Search: the rows whose name holds the term.
    await page.getByRole('group', { name: 'Band' }).getByLabel(band, { exact: true }).uncheck();
    const target = first[0]!.name;
    const term = target.split(' ')[0]!;
    await page.getByLabel('Search').fill(term);
    const found = await waitForRows(page, (rows) => rows.length > 0 && rows.every((r) => r.name.toLowerCase().includes(term.toLowerCase())));
    expect(await matched(page)).toBeLessThan(api.body.items.length);
    expect(found.map((r) => r.name)).toContain(target);

    // A row opens its account.
    await page.getByRole('link', { name: target }).first().click();
    await expect.poll(() => page.url()).toMatch(/\/accounts\//);
    await context.close();
  });

  it('sorts by a header button (aria-sort follows) and keeps working from the keyboard', async () => {
    const { page, context } = await h.signIn('admin');
    await waitForRows(page, (rows) => rows.length > 10);
    const header = page.getByRole('columnheader', { name: /^Account/ });
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const rows = await waitForRows(page, (r) => r.length > 10);
    const names = rows.map((r) => r.name);
    expect(names.slice(0, 5)).toEqual([...names].sort((a, b) => a.localeCompare(b)).slice(0, 5));
    await context.close();
  });

  it('a rep sees only their own book, with no owner filter', async () => {
    const { page, context } = await h.signIn('rep');
    const own = await h.api.json<{ items: Array<{ name: string }> }>('rep', '/api/v1/accounts?limit=200');
    const names = own.body.items.map((r) => r.name);
    await expect.poll(() => matched(page)).toBe(names.length);
    await waitForRows(page, (r) => r.length > 0 && r.every((x) => names.includes(x.name)));
    expect(await page.getByLabel('Owner').count()).toBe(0);
    await h.screenshot(page, 'portfolio-rep');
    await context.close();
  });
});
