import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerType } from '@hono/node-server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, openMigratedStore } from '../app/index.js';
import type { Store } from '../store/index.js';
import { startServer } from './start-server.js';

const dir = mkdtempSync(join(tmpdir(), 'bw-server-'));
let store: Store;
let server: ServerType;
let base: string;

beforeAll(async () => {
  store = await openMigratedStore(join(dir, 'server.db'));
  const file = join(dir, 'accounts.csv');
  writeFileSync(file, 'external_id,name,arr,known_at\nA1,Acme,1000,2025-01-01T00:00:00Z\nA1,Acme,2000,2025-06-01T00:00:00Z\nA2,Beta,oops,2025-01-01T00:00:00Z\n');
  await importFiles(store, [file], { now: '2025-07-01T00:00:00.000Z' });
  const started = await startServer(store, pino({ level: 'silent' }), { port: 0 });
  server = started.server;
  base = `http://127.0.0.1:${started.port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('HTTP API', () => {
  it('lists accounts with their current values', async () => {
    const res = await fetch(`${base}/api/v1/accounts`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: Array<{ externalId: string; arr: number }>; total: number };
    expect(body.total).toBe(1);
    expect(body.items).toEqual([expect.objectContaining({ externalId: 'A1', name: 'Acme', arr: 2000 })]);
  });

  it('shows an account as it was known at a past moment', async () => {
    const res = await fetch(`${base}/api/v1/accounts/A1?asOf=2025-03-01T00:00:00Z`);
    expect(((await res.json()) as { arr: number }).arr).toBe(1000);
    const before = await fetch(`${base}/api/v1/accounts/A1?asOf=2024-12-01T00:00:00Z`);
    expect(before.status).toBe(404);
    expect(before.headers.get('content-type')).toBe('application/problem+json');
  });

  it('rejects an invalid page size with a problem naming the field', async () => {
    const res = await fetch(`${base}/api/v1/accounts?limit=100000`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ field: string }> };
    expect(body.errors[0]?.field).toBe('limit');
  });

  it('lists import runs and their quarantined rows with line and reason', async () => {
    const imports = (await (await fetch(`${base}/api/v1/imports`)).json()) as { items: Array<{ id: number; quarantined: number; status: string }> };
    expect(imports.items[0]).toMatchObject({ quarantined: 1, status: 'completed' });
    const q = (await (await fetch(`${base}/api/v1/imports/${imports.items[0]?.id}/quarantine`)).json()) as { items: Array<{ line: number; code: string }> };
    expect(q.items).toEqual([expect.objectContaining({ line: 4, code: 'unparseable_number', column: 'arr' })]);
  });

  it('reports health with the account count', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', database: 'sqlite', accounts: 1 });
  });
});
