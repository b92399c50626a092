import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/generate-api-types.js';
import { createApiClient } from '../../src/client/create-api-client.js';
import { startApiHarness, type ApiHarness } from './api-harness.js';

describe('typed API client', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApiHarness('sqlite');
  }, 120_000);
  afterAll(async () => h?.close());

  it('has types generated from the current OpenAPI document (run `npm run api:types` when this fails)', async () => {
    expect(await readFile(API_TYPES_FILE, 'utf8')).toBe(await generateApiTypes());
  });

  it('calls the API with typed parameters and gets typed data or a problem', async () => {
    const api = createApiClient({ baseUrl: h.base, headers: { authorization: `Bearer ${h.keys.rep}` } });
    const page = await api.GET('/api/v1/accounts', { params: { query: { limit: 3, sort: 'name', direction: 'asc' } } });
    expect(page.error).toBeUndefined();
    // The route also answers CSV (format=csv), so the data type is JSON or text.
    if (typeof page.data !== 'object') throw new Error('expected the JSON page');
    expect(page.data.items).toHaveLength(Math.min(3, h.repAccounts.length));
    expect(page.data.items.every((r) => h.repAccounts.includes(r.externalId))).toBe(true);
    const missing = await api.GET('/api/v1/accounts/{externalId}', { params: { path: { externalId: h.otherRepAccounts[0] as string } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.type).toBe('https://bellwether.dev/problems/account-not-found');
  });
});
