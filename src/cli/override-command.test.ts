import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/test-setup.js';

const temp = makeTempDir('bw-cli-override-');
const db = join(temp.dir, 'cli.db');
afterAll(() => temp.remove());

function bellwether(...args: string[]) {
  const env = { ...process.env, BELLWETHER_USER: 'ann@example.com' };
  return spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), '--database-url', db, ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..'), env });
}

function json<T>(run: ReturnType<typeof bellwether>): T {
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as T;
}

beforeAll(() => {
  const file = join(temp.dir, 'accounts.csv');
  writeFileSync(file, 'external_id,name,domains\nA1,Acme,acme.com\nA2,Beta,beta.com\n');
  expect(bellwether('import', file).status).toBe(0);
});

describe('bellwether override', () => {
  it('exits 2 with a clear message when the reason is missing, and stores nothing', () => {
    const run = bellwether('override', 'A1', '--set', '40');

    expect(run.status).toBe(2);
    expect(run.stderr).toBe('bellwether: --reason is required: say why the score is overridden\n');
    expect(json<unknown[]>(bellwether('--json', 'override', 'A1', '--list'))).toEqual([]);
  });

  it('exits 2 on a reason too short, a score out of range or an expiry in the past, naming the code', () => {
    const short = bellwether('override', 'A1', '--set', '40', '--reason', 'no');
    const high = bellwether('override', 'A1', '--delta', '-101', '--reason', 'churn signal');
    const past = bellwether('override', 'A1', '--set', '40', '--reason', 'churn signal', '--expires', '2020-01-01');

    expect([short.status, high.status, past.status]).toEqual([2, 2, 2]);
    expect(short.stderr).toBe('bellwether: A1: A reason of at least 3 characters is required (--reason "…"). [reason_required]\n');
    expect(high.stderr).toContain('[invalid_value]');
    expect(past.stderr).toBe('bellwether: A1: The expiry must be after now. [expires_in_past]\n');
  });

  it('exits 1 for an account that was never imported', () => {
    const run = bellwether('override', 'NOPE', '--set', '40', '--reason', 'champion left');

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('NOPE: There is no account with that id');
  });

  it('sets an override and lists it, one line per override', () => {
    const set = bellwether('override', 'A1', '--delta', '-10', '--reason', 'champion left', '--expires', '2099-01-31', '--scorecard', 'health', '--author', 'bob@example.com');

    expect(set.status).toBe(0);
    expect(set.stdout).toMatch(/^#\d+ health delta -10 until 2099-01-31 by bob@example\.com: "champion left"\n$/);
    const list = bellwether('override', 'A1', '--list');
    expect(list.stdout).toBe(set.stdout);
  });

  it('expires an override early: it shows as ended and the audit keeps it before and after', () => {
    const created = json<{ id: number; expiresAt: string; authorEmail: string }>(bellwether('--json', 'override', 'A2', '--set', '35', '--reason', 'renewal at risk'));
    // No --expires: 30 days from now, and the author from BELLWETHER_USER.
    expect(Date.parse(created.expiresAt) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect(Date.parse(created.expiresAt) - Date.now()).toBeLessThanOrEqual(30 * 86_400_000);
    expect(created.authorEmail).toBe('ann@example.com');

    const expired = bellwether('override', '--expire', String(created.id), '--reason', 'renewal signed');
    expect(expired.status).toBe(0);
    expect(expired.stdout).toMatch(/\[expired early .* by ann@example\.com: "renewal signed"\]\n$/);
    const again = bellwether('override', '--expire', String(created.id), '--reason', 'renewal signed');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('[already_ended]');

    const [entry] = json<Array<{ action: string; entityId: string; before: { revokedAt?: string }; after: { revokedAt?: string; revokeReason?: string } }>>(bellwether('--json', 'audit', '--account', 'A2', '--limit', '1'));
    expect(entry).toMatchObject({ action: 'override.expire', entityId: String(created.id), after: { revokeReason: 'renewal signed' } });
    expect(entry?.before.revokedAt).toBeUndefined();
    expect(entry?.after.revokedAt).toEqual(expect.any(String));
  });
});
