import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'bw-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `bellwether start` (what `npm start` runs) until it says where it serves. */
function start(): Promise<{ port: number; stop: () => void; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--database-url', join(dir, 'bw.db'), 'start', '--port', '0', '--demo-dir', join(dir, 'demo')], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn' } });
  let out = '';
  return new Promise((resolvePort, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /serving on http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolvePort({ port: Number(m[1]), stop: () => child.kill(), output: () => out });
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${out}`)));
  });
}

describe('quick start (npm start)', () => {
  it('imports the demo data, reports rejected rows, and serves the demo accounts as JSON', async () => {
    const first = await start();
    try {
      expect(first.output()).toMatch(/Data quality: \d+ rows read, \d+ new, \d+ changed, 0 unchanged, [1-9]\d* rejected/);
      // The demo's users are printed with their password; the admin signs in and sees every demo account.
      expect(first.output()).toContain('admin@demo.bellwether.local');
      const password = /password "([^"]+)"/.exec(first.output())?.[1] ?? '';
      const login = await fetch(`http://127.0.0.1:${first.port}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@demo.bellwether.local', password }) });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const res = await fetch(`http://127.0.0.1:${first.port}/api/v1/accounts?limit=5&include=totals`, { headers: { cookie } });
      const body = (await res.json()) as { totals: { accounts: number }; items: Array<{ externalId: string; name: string; score: number | null }> };
      expect(body.totals.accounts).toBe(200);
      expect(body.items).toHaveLength(5);
      expect(body.items[0]?.externalId).toMatch(/^ACC-/);
      expect(body.items[0]?.score).toEqual(expect.any(Number));
      // Without signing in, the API answers 401.
      expect((await fetch(`http://127.0.0.1:${first.port}/api/v1/accounts`)).status).toBe(401);
    } finally {
      first.stop();
    }
    // A second start finds the accounts and does not import again.
    const second = await start();
    second.stop();
    expect(second.output()).toContain('already has accounts');
  });
});
