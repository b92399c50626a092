import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHarness, type WebHarness } from './web-harness.js';

describe('dashboard sign-in (Chromium)', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await startWebHarness();
  }, 120_000);
  afterAll(async () => h?.close());

  it('refuses a wrong password with the reason, then signs in and out', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(h.base);
    await page.getByLabel('Email').fill(h.api.emails.manager);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/email or password/i);
    await h.screenshot(page, 'sign-in-refused');
    await context.close();

    const signed = await h.signIn('manager');
    expect(await signed.page.getByText(h.api.emails.manager).count()).toBe(1);
    await signed.page.getByRole('button', { name: 'Sign out' }).click();
    await signed.page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signed.context.close();
  });

  it('answers an unknown page path inside the dashboard, and makes no request to another origin', async () => {
    const { page, context } = await h.signIn('viewer');
    await page.goto(`${h.base}/no/such/page`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    // A page the role may not use is not there either (a viewer and the data page).
    await page.goto(`${h.base}/data`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    expect(await page.getByRole('link', { name: 'Data' }).count()).toBe(0);
    expect(h.foreignRequests).toEqual([]);
    await context.close();
  });
});
