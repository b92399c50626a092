import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHarness, type WebHarness } from './web-harness.js';

interface Detail {
  account: { name: string };
  scorecards: Array<{ scorecard: string; score: number | null; drivers: Array<{ id: string; component: string; kind: string }>; components: Array<{ component: string; metrics: Array<{ metric: string; evidence: unknown[] }> }> }>;
}

describe('dashboard account page (Chromium)', () => {
  let h: WebHarness;
  let account: string;
  let detail: Detail;
  beforeAll(async () => {
    h = await startWebHarness();
    // The portfolio lists the most at risk first.
    const portfolio = await h.api.json<{ items: Array<{ externalId: string; score: number | null }> }>('manager', '/api/v1/accounts?limit=5');
    account = portfolio.body.items.find((a) => a.score !== null)!.externalId;
    detail = (await h.api.json<Detail>('manager', `/api/v1/accounts/${account}`)).body;
  }, 120_000);
  afterAll(async () => h?.close());

  it('shows an at-risk account’s drivers, opens one to the record behind it, and an override moves the score and lands in the audit trail', async () => {
    const { page, context } = await h.signIn('manager');
    // Charts skip their animation, so the screenshot shows the score they end on.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${h.base}/accounts/${account}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(detail.account.name) }).waitFor();
    const scorecard = detail.scorecards[0]!;
    const driver = scorecard.drivers.find((d) => d.kind === 'metric' && (scorecard.components.find((c) => c.component === d.component)?.metrics.find((m) => m.metric === d.id)?.evidence.length ?? 0) > 0)!;

    const drivers = page.locator('#drivers');
    await drivers.getByRole('button', { name: new RegExp(`^${driver.id} \\(${driver.component}\\)`) }).click();
    await drivers.getByRole('list', { name: `Evidence for ${driver.id}` }).getByRole('button').first().click();
    const panel = page.getByRole('dialog');
    await panel.getByText('record key').waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(await panel.locator('dd').count()).toBeGreaterThan(3);
    await h.screenshot(page, 'account-evidence');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    const form = page.getByRole('form', { name: 'Override the score' });
    await form.getByLabel('Score (0–100)').fill('77');
    await form.getByLabel('Reason').fill('renewal call went well, browser test');
    await form.getByRole('button', { name: 'Save override' }).click();
    await expect.poll(() => page.getByTestId(`score-${scorecard.scorecard}`).textContent(), { timeout: 10_000 }).toBe('77.0');
    await page.locator('#audit').getByText('renewal call went well, browser test').waitFor();
    await page.locator('#human-input').getByText('Set to 77').waitFor();
    await h.screenshot(page, 'account-overridden');
    expect(h.foreignRequests).toEqual([]);
    await context.close();
  });

  it("answers a rep opening another rep's account with not found", async () => {
    const { page, context } = await h.signIn('rep');
    await page.goto(`${h.base}/accounts/${h.api.otherRepAccounts[0]}`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await h.screenshot(page, 'account-not-found-for-rep');
    await context.close();
  });
});
