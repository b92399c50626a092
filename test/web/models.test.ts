import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHarness, type WebHarness } from './web-harness.js';

interface ActiveModel {
  source: string;
  definition: { scorecards: Record<string, { label?: string }> };
}

describe('dashboard models and how scores work (Chromium)', () => {
  let h: WebHarness;
  let active: ActiveModel;
  beforeAll(async () => {
    h = await startWebHarness();
    active = (await h.api.json<ActiveModel>('manager', '/api/v1/models/active')).body;
  }, 120_000);
  afterAll(async () => h?.close());

  it('shows a bad YAML line next to the editor, then previews a stricter Healthy band and lists the accounts that move', async () => {
    const { page, context } = await h.signIn('manager');
    await page.goto(`${h.base}/models`);
    const editor = page.getByLabel('Model YAML');
    expect(await editor.inputValue()).toBe(active.source);

    await editor.fill(active.source.replace('metric: days-late, window: 180d', 'metric: days-lat, window: 180d'));
    await page.getByRole('button', { name: 'Validate' }).click();
    const line = active.source.split('\n').findIndex((l) => l.includes('metric: days-late, window: 180d')) + 1;
    const problem = page.locator('#yaml-issues li').first();
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(new RegExp(`^Line ${line}: .*unknown metric "days-lat".*did you mean "days-late"`));
    await h.screenshot(page, 'models-invalid-yaml');

    // Healthy from 85 instead of 75: accounts between 75 and 85 drop to Neutral.
    const stricter = active.source.replace('{ name: Healthy, min: 75, max: 100', '{ name: Healthy, min: 85, max: 100').replace('{ name: Neutral, min: 50, max: 75', '{ name: Neutral, min: 50, max: 85');
    expect(stricter).not.toBe(active.source);
    await editor.fill(stricter);
    await page.getByRole('button', { name: 'Preview changes' }).click();
    await page.getByRole('heading', { name: 'Preview: what would change' }).waitFor({ timeout: 60_000 });
    const matrix = page.getByRole('table', { name: /^Account health: accounts by band/ });
    const healthyToNeutral = Number(await matrix.getByRole('row', { name: /^Healthy/ }).getByRole('cell').nth(1).textContent());
    expect(healthyToNeutral).toBeGreaterThan(0);

    const moves = page.getByRole('table', { name: 'Accounts that move' }).locator('tbody tr');
    expect(await moves.count()).toBeGreaterThan(0);
    const first = moves.first();
    expect(await first.locator('td').nth(2).textContent()).toMatch(/^Healthy/);
    expect(await first.locator('td').nth(3).textContent()).toMatch(/^Neutral/);
    await h.screenshot(page, 'models-preview');
    const link = first.getByRole('link');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/accounts\/ACC-/);
    await link.click();
    await page.waitForURL(`${h.base}${href}`);
    // A manager may activate; nothing was activated by previewing.
    expect((await h.api.json<ActiveModel>('manager', '/api/v1/models/active')).body.source).toBe(active.source);
    expect(h.foreignRequests).toEqual([]);
    await context.close();
  });

  it('offers activation only to admins and managers', async () => {
    const { page, context } = await h.signIn('rep');
    await page.goto(`${h.base}/models`);
    await page.getByRole('button', { name: 'Preview changes' }).waitFor();
    expect(await page.getByRole('button', { name: 'Activate' }).count()).toBe(0);
    await context.close();
  });

  it('how scores work names every scorecard of the active model, in words', async () => {
    const { page, context } = await h.signIn('viewer');
    await page.goto(`${h.base}/models/how-it-works`);
    await page.getByRole('heading', { level: 1, name: 'How scores work' }).waitFor();
    for (const [key, sc] of Object.entries(active.definition.scorecards)) {
      expect(await page.getByRole('heading', { level: 2, name: sc.label ?? key, exact: true }).count(), key).toBe(1);
    }
    await page.getByText('Days late (average over 180 days; lower is better): at or above 30 days scores red, 10 yellow, 2 or less green.', { exact: false }).first().waitFor();
    await h.screenshot(page, 'how-scores-work');
    await context.close();
  });
});
