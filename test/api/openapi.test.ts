import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from './api-harness.js';

/** Routes that are pages and assets rather than API operations. */
const NOT_OPERATIONS = new Set(['/', '/api/openapi.json', '/api/docs', '/api/docs/assets/:name']);

describe('OpenAPI document', () => {
  let h: ApiHarness;
  let doc: { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
  beforeAll(async () => {
    h = await startApiHarness('sqlite');
    doc = (await (await fetch(`${h.base}/api/openapi.json`)).json()) as typeof doc;
  }, 120_000);
  afterAll(async () => h?.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has every route the server answers, with its method', () => {
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)));
    const served = h.server.app.routes.filter((r) => r.method !== 'ALL' && !NOT_OPERATIONS.has(r.path)).map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThan(15);
    expect(served.filter((r) => !documented.has(r))).toEqual([]);
  });

  it('describes account records with the domain fields and their types', () => {
    const account = doc.components.schemas.Account as { properties: Record<string, { type?: string; format?: string }>; required: string[] };
    expect(account.properties.renewalDate).toMatchObject({ type: 'string', format: 'date' });
    expect(account.properties.arr).toMatchObject({ type: 'number' });
    expect(account.required).toEqual(expect.arrayContaining(['externalId', 'name']));
  });

  it('serves the docs page and its assets from this server only', async () => {
    const page = await fetch(`${h.base}/api/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(sources.length).toBeGreaterThan(1);
    expect(sources.every((s) => s.startsWith('/api/docs/assets/'))).toBe(true);
    for (const s of sources) expect((await fetch(`${h.base}${s}`)).status).toBe(200);
  });
});
